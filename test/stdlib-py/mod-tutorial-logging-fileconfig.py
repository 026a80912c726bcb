# logging.config.fileConfig with an INI file (the logging HOWTO's example)
import logging, logging.config, io, os, tempfile
INI = """
[loggers]
keys=root,simpleExample

[handlers]
keys=consoleHandler,fileHandler

[formatters]
keys=simpleFormatter,bare

[logger_root]
level=WARNING
handlers=consoleHandler

[logger_simpleExample]
level=DEBUG
handlers=consoleHandler,fileHandler
qualname=simpleExample
propagate=0

[handler_consoleHandler]
class=StreamHandler
level=DEBUG
formatter=simpleFormatter
args=(sys.stdout,)

[handler_fileHandler]
class=FileHandler
level=WARNING
formatter=bare
args=('%(logfile)s', 'w')

[formatter_simpleFormatter]
format=%(name)s - %(levelname)s - %(message)s

[formatter_bare]
format={levelname}:{message}
style={
"""
with tempfile.TemporaryDirectory() as d:
    logfile = os.path.join(d, "app.log")
    before = logging.getLogger("before")
    logging.config.fileConfig(io.StringIO(INI), defaults={"logfile": logfile})
    print("before disabled:", before.disabled)
    logger = logging.getLogger("simpleExample")
    logger.debug("debug message")
    logger.info("info message")
    logger.warning("warn message")
    logger.error("error message")
    logging.getLogger("other").warning("root sees this")
    logging.getLogger("other").info("but not this")
    logging.shutdown()
    print(open(logfile).read(), end="")
    path = os.path.join(d, "log.ini")
    with open(path, "w") as f:
        f.write(INI.replace("propagate=0", "propagate=1"))
    logging.config.fileConfig(path, defaults={"logfile": logfile}, disable_existing_loggers=False)
    logging.getLogger("simpleExample").critical("twice: own handler and root's")
    logging.shutdown()
    try:
        logging.config.fileConfig(io.StringIO("[loggers]\nkeys=root\nbroken line\n"))
    except RuntimeError as e:
        print("RuntimeError:", str(e).splitlines()[0][-30:])
    try:
        logging.config.fileConfig(os.path.join(d, "missing.ini"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", str(e).endswith("missing.ini doesn't exist"))
    open(os.path.join(d, "empty.ini"), "w").close()
    try:
        logging.config.fileConfig(os.path.join(d, "empty.ini"))
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("empty.ini is an empty file"))
    try:
        logging.config.fileConfig(io.StringIO(""))
    except KeyError as e:
        print("KeyError:", e)
