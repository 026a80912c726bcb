"""Read and write ZIP archives.

pygil has no zlib, bz2 or lzma, so archives are written and read with ZIP_STORED only
(the default); asking for another method raises what CPython raises when the module is
missing ("Compression requires the (missing) zlib module").
"""

import binascii
import io
import os
import shutil
import stat
import struct
import sys
import threading
import time

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that needs ZIP64 extensions while they are disabled."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"
_LOCAL_FMT = "<4s2B4HL2L2H"
_CENTRAL_FMT = "<4s4B4HL2L5H2L"
_END_FMT = "<4s4H2LH"
_LOCAL_SIZE = struct.calcsize(_LOCAL_FMT)
_CENTRAL_SIZE = struct.calcsize(_CENTRAL_FMT)
_END_SIZE = struct.calcsize(_END_FMT)

compressor_names = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
                    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
                    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
                    97: 'wavpack', 98: 'ppmd'}


# names not flagged UTF-8 are in code page 437 (pygil has no cp437 codec)
_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤'
               '╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(raw, encoding):
    if encoding:
        return raw.decode(encoding)
    return ''.join(chr(c) if c < 128 else _CP437_HIGH[c - 128] for c in raw)


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    if compression == ZIP_DEFLATED:
        raise RuntimeError("Compression requires the (missing) zlib module")
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _end_record(fp):
    """(offset of the central directory, its size, entry count, comment) or None."""
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    filesize = fp.tell()
    maxback = min(filesize, _END_SIZE + ZIP_MAX_COMMENT)
    fp.seek(filesize - maxback)
    data = fp.read(maxback)
    start = data.rfind(_END_SIG)
    if start < 0 or len(data) - start < _END_SIZE:
        return None
    rec = struct.unpack(_END_FMT, data[start:start + _END_SIZE])
    comment = data[start + _END_SIZE:start + _END_SIZE + rec[7]]
    return rec[6], rec[5], rec[4], comment, filesize - maxback + start


def is_zipfile(filename):
    """Whether filename (a path or a file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            return _end_record(filename) is not None
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except OSError:
        return False


class ZipInfo:
    """The information about one member of the archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' %
                          compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def _dos_time(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dostime, dosdate

    def FileHeader(self, zip64=None):
        dostime, dosdate = self._dos_time()
        name, flags = self._encoded_name()
        header = struct.pack(_LOCAL_FMT, _LOCAL_SIG, self.extract_version, self.reserved,
                             flags, self.compress_type, dostime, dosdate, self.CRC,
                             self.compress_size, self.file_size, len(name), len(self.extra))
        return header + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file on disk (a directory gets a trailing slash)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def is_dir(self):
        return self.filename[-1:] == '/'


class ZipExtFile(io.BufferedIOBase):
    """A member of the archive opened for reading."""

    def __init__(self, data, mode, zipinfo):
        super().__init__()
        self._buffer = io.BytesIO(data)
        self.mode = mode
        self.name = zipinfo.filename
        self._zinfo = zipinfo
        self._crc_checked = False
        self._data = data

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _check_crc(self):
        if not self._crc_checked:
            self._crc_checked = True
            if binascii.crc32(self._data) != self._zinfo.CRC:
                raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def readable(self):
        return True

    def seekable(self):
        return True

    def read(self, n=-1):
        data = self._buffer.read(n)
        if self._buffer.tell() == len(self._data):
            self._check_crc()
        return data

    def read1(self, n=-1):
        return self.read(n)

    def readline(self, limit=-1):
        data = self._buffer.readline(limit)
        if self._buffer.tell() == len(self._data):
            self._check_crc()
        return data

    def peek(self, n=1):
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def seek(self, offset, whence=0):
        return self._buffer.seek(offset, whence)

    def tell(self):
        return self._buffer.tell()


class _ZipWriteFile(io.BufferedIOBase):
    def __init__(self, zf, zinfo):
        super().__init__()
        self._zipfile = zf
        self._zinfo = zinfo
        self._parts = []

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = bytes(data)
        self._parts.append(data)
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            self._zipfile._write_member(self._zinfo, b"".join(self._parts))
        finally:
            super().close()
            self._zipfile._writing = False


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r'|'w'|'x'|'a', compression=ZIP_STORED)."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._lock = threading.RLock()
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modeDict = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            filemode = modeDict[mode]
            while True:
                try:
                    self.fp = io.open(file, filemode)
                except OSError:
                    if filemode == 'r+b':
                        filemode = 'w+b'
                        continue
                    raise
                break
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.start_dir = 0
            elif mode == 'a':
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _RealGetContents(self):
        fp = self.fp
        endrec = _end_record(fp)
        if endrec is None:
            raise BadZipFile("File is not a zip file")
        cd_offset, cd_size, count, comment, end_pos = endrec
        self._comment = comment
        concat = end_pos - cd_size - cd_offset     # bytes prepended to the archive
        self.start_dir = cd_offset + concat
        fp.seek(self.start_dir)
        data = fp.read(cd_size)
        pos = 0
        while pos < len(data):
            centdir = data[pos:pos + _CENTRAL_SIZE]
            if len(centdir) != _CENTRAL_SIZE or centdir[:4] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            (_, create_version, create_system, extract_version, reserved, flags, compress,
             t, d, crc, csize, usize, nlen, elen, clen, disk, iattr, eattr,
             offset) = struct.unpack(_CENTRAL_FMT, centdir)
            pos += _CENTRAL_SIZE
            raw_name = data[pos:pos + nlen]
            pos += nlen
            if flags & 0x800:
                filename = raw_name.decode('utf-8')
            else:
                filename = _decode_name(raw_name, self.metadata_encoding)
            x = ZipInfo(filename)
            x.extra = data[pos:pos + elen]
            pos += elen
            x.comment = data[pos:pos + clen]
            pos += clen
            x.header_offset = offset + concat
            x.create_version, x.create_system = create_version, create_system
            x.extract_version, x.reserved = extract_version, reserved
            x.flag_bits, x.compress_type = flags, compress
            x.CRC, x.compress_size, x.file_size = crc, csize, usize
            x.volume, x.internal_attr, x.external_attr = disk, iattr, eattr
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        self.pwd = pwd

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._comment = comment[:ZIP_MAX_COMMENT]
        self._didModify = True

    def read(self, name, pwd=None):
        """The bytes of the member."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for the member: readable ('r') or, new, writable ('w')."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            if self._writing:
                raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                                 "Close the first handle before opening another.")
            self._writing = True
            if not zinfo.external_attr:
                zinfo.external_attr = 0o600 << 16
            return _ZipWriteFile(self, zinfo)
        self.fp.seek(zinfo.header_offset)
        fheader = self.fp.read(_LOCAL_SIZE)
        if len(fheader) != _LOCAL_SIZE or fheader[:4] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fields = struct.unpack(_LOCAL_FMT, fheader)
        nlen, elen = fields[10], fields[11]
        self.fp.read(nlen + elen)
        if zinfo.flag_bits & 0x1:
            raise NotImplementedError("pygil's zipfile cannot decrypt encrypted members")
        _check_compression(zinfo.compress_type)
        data = self.fp.read(zinfo.compress_size)
        return ZipExtFile(data, mode, zinfo)

    def extract(self, member, path=None, pwd=None):
        """Extract one member into path (the current directory by default); its new path."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def _check_writable(self):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")

    def _write_member(self, zinfo, data):
        zinfo.file_size = len(data)
        zinfo.compress_size = len(data)
        zinfo.CRC = binascii.crc32(data)
        with self._lock:
            self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            if zinfo.filename in self.NameToInfo:
                import warnings
                warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
            self.fp.write(zinfo.FileHeader())
            self.fp.write(data)
            self.start_dir = self.fp.tell()
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            self._didModify = True

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Put the file (or directory) filename into the archive as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._check_writable()
            data = b""
        else:
            zinfo.compress_type = compress_type if compress_type is not None else self.compression
            _check_compression(zinfo.compress_type)
            with open(filename, "rb") as src:
                data = src.read()
        self._check_writable()
        self._write_member(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Put data (str or bytes) into the archive under zinfo_or_arcname."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        _check_compression(zinfo.compress_type)
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        self._check_writable()
        self._write_member(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
        else:
            directory_name = zinfo_or_directory_name
            if not directory_name.endswith("/"):
                directory_name += "/"
            zinfo = ZipInfo(directory_name, time.localtime(time.time())[:6])
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.external_attr |= 0x10
        self._check_writable()
        self._write_member(zinfo, b"")

    def __del__(self):
        pass

    def close(self):
        """Write the central directory (when writing) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        for zinfo in self.filelist:
            dostime, dosdate = zinfo._dos_time()
            name, flags = zinfo._encoded_name()
            centdir = struct.pack(_CENTRAL_FMT, _CENTRAL_SIG, zinfo.create_version,
                                  zinfo.create_system, zinfo.extract_version, zinfo.reserved,
                                  flags, zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                                  zinfo.compress_size, zinfo.file_size, len(name),
                                  len(zinfo.extra), len(zinfo.comment), 0, zinfo.internal_attr,
                                  zinfo.external_attr, zinfo.header_offset)
            self.fp.write(centdir)
            self.fp.write(name)
            self.fp.write(zinfo.extra)
            self.fp.write(zinfo.comment)
        pos2 = self.fp.tell()
        count = len(self.filelist)
        size = pos2 - self.start_dir
        endrec = struct.pack(_END_FMT, _END_SIG, 0, 0, count, count, size, self.start_dir,
                             len(self._comment))
        self.fp.write(endrec)
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    """ZipFile that can add Python source files (pygil writes no .pyc)."""

    def writepy(self, pathname, basename="", filterfunc=None):
        if os.path.isdir(pathname):
            for name in sorted(os.listdir(pathname)):
                if name.endswith(".py"):
                    arc = name if not basename else basename + "/" + name
                    self.write(os.path.join(pathname, name), arc)
        else:
            self.write(pathname, basename + os.path.basename(pathname) if basename else
                       os.path.basename(pathname))
