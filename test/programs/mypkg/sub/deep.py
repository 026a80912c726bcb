from ..helper import shout
VALUE = shout("deep")
if __name__ == "__main__":
    print("never")
