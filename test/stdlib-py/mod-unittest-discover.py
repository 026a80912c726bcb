# Test discovery (python -m unittest [discover ...]) over a small tree written to a temporary
# directory: modules named test*.py, packages, a module that fails to import. The report is
# captured and the directory's path replaced by TMP.
import io
import os
import shutil
import sys
import tempfile
import unittest

ROOT = os.path.realpath(tempfile.mkdtemp())
FILES = {
    "test_alpha.py": "import unittest\nclass TA(unittest.TestCase):\n"
                     "    def test_ok(self): pass\n"
                     "    def test_fail(self): self.assertEqual(1, 2)\n",
    "test_broken.py": "import unittest\nimport no_such_module_here\n",
    "helper.py": "raise RuntimeError('not a test module: never imported')\n",
    "Test_upper.py": "raise RuntimeError('pattern is case-sensitive: never imported')\n",
    "pkg/__init__.py": "",
    "pkg/test_gamma.py": "import unittest\nclass TG(unittest.TestCase):\n"
                         "    def test_g(self): pass\n",
    "plain_dir/test_delta.py": "raise RuntimeError('not a package: never imported')\n",
}
for name, text in FILES.items():
    path = os.path.join(ROOT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


class CapturingRunner(unittest.TextTestRunner):
    # a runner class (so that -v/-q apply) writing to the current report
    def __init__(self, **options):
        super().__init__(stream=report, **options)


cwd = os.getcwd()
os.chdir(ROOT)
try:
    for argv in (["discover"], ["discover", "-s", "pkg", "-v"], ["discover", "-p", "*_gamma.py"],
                 ["-v"], ["test_alpha.py", "-q"], ["pkg.test_gamma.TG.test_g"]):
        print("== python -m unittest", " ".join(argv))
        report = io.StringIO()
        program = unittest.main(module=None, argv=["python -m unittest"] + argv, exit=False,
                                testRunner=CapturingRunner)
        print(report.getvalue().replace(ROOT, "TMP"))
        print("result:", program.result.testsRun, len(program.result.failures),
              len(program.result.errors))
finally:
    os.chdir(cwd)
    shutil.rmtree(ROOT, ignore_errors=True)
