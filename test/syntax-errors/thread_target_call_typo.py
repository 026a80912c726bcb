import threading
t = threading.Thread(target=worker(), args=(1,)
t.start()
