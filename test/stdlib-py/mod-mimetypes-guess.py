# mimetypes: guess_type for paths, URLs and data: URLs, encodings and suffix aliases,
# extensions for types, add_type, MimeTypes objects, read_mime_types.
import mimetypes
import os

print(len(mimetypes.types_map) > 100, mimetypes.inited)
for name in ['a.txt', 'a.TXT', 'A.Gz', 'x.tar.gz', 'x.tgz', 'x.svgz', 'foo', 'x.py', 'x.rtf',
             'x.json', 'pic.JPEG', 'archive.tar.bz2', 'doc.pdf.xz', 'x.unknownext', '.bashrc',
             'dir.d/file', 'http://example.com/a/b.png', 'http://x/y.html?q=1', 'data:,hello',
             'data:image/png;base64,xx', 'data:text/html;charset=utf-8,<p>', 'data:nocomma',
             'data:a=b,x', 'file:///tmp/x.css', 'C:x.js']:
    print(repr(name), mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
print(mimetypes.inited, mimetypes.guess_type(os.path.join('dir', 'x.html')))
for t in ['text/plain', 'image/jpeg', 'application/json', 'TEXT/HTML', 'no/such', 'image/webp']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_all_extensions(t)[:6],
          mimetypes.guess_extension(t, strict=False))
mimetypes.add_type('application/x-pygil', '.pyg')
mimetypes.add_type('application/x-loose', '.lse', strict=False)
print(mimetypes.guess_type('a.pyg'), mimetypes.guess_type('a.lse'), mimetypes.guess_type('a.lse', False),
      mimetypes.guess_extension('application/x-pygil'))
db = mimetypes.MimeTypes()
print(db.guess_type('a.pyg'), db.guess_type('song.mp3'), len(db.types_map), type(db.types_map_inv[True]).__name__)
with open('mt_test.types', 'w') as f:
    f.write('# comment line\napplication/x-test  tst tst2 # trailing comment\n\ntext/x-other oth\n')
print(mimetypes.read_mime_types('mt_test.types'), mimetypes.read_mime_types('mt_missing.types'))
db2 = mimetypes.MimeTypes(['mt_test.types'])
print(db2.guess_type('f.tst2'), db2.guess_all_extensions('application/x-test'))
os.remove('mt_test.types')
print(mimetypes.suffix_map['.tgz'], mimetypes.encodings_map['.gz'], mimetypes.common_types.get('.rtf'))
