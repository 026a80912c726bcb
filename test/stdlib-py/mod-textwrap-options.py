# textwrap: many generated paragraphs wrapped under combinations of options (max_lines, placeholders,
# hyphens, long words, whitespace handling, sentence endings), plus shorten/dedent/indent edge cases
import textwrap

WORDS = ['a', 'an', 'the', 'well-known', 'mother-in-law', 'supercalifragilistic', 'x--y', 'end.',
         'Why?', 'wow!', '"quoted."', 'tab\there', 'long-hyphenated-compound-word', '--', 'e.g.',
         '123-456', 'A-B', 'co-op', 'ünïcödé', 'Mr.', 'ok', 'a-', '-b', 'line\nbreak', 'UPPER.']
seed = 12345


def next_number(limit):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % limit


def paragraph():
    parts = []
    for _ in range(3 + next_number(14)):
        parts.append(WORDS[next_number(len(WORDS))])
        parts.append(['  ', ' ', ' ', '\t', ' ', '   '][next_number(6)])
    return ''.join(parts)


for case in range(220):
    text = paragraph()
    options = dict(
        width=[1, 2, 5, 8, 12, 20, 33][next_number(7)],
        break_long_words=next_number(4) != 0,
        break_on_hyphens=next_number(3) != 0,
        drop_whitespace=next_number(5) != 0,
        fix_sentence_endings=next_number(3) == 0,
        replace_whitespace=next_number(5) != 0,
        expand_tabs=next_number(4) != 0,
        tabsize=[0, 1, 4, 8][next_number(4)],
    )
    if next_number(3) == 0:
        options['max_lines'] = 1 + next_number(4)
        options['placeholder'] = [' [...]', '...', ' ~', ''][next_number(4)]
    if next_number(4) == 0:
        options['initial_indent'] = '* '
        options['subsequent_indent'] = ['  ', '', '>'][next_number(3)]
    try:
        print(case, textwrap.wrap(text, **options))
    except ValueError as e:
        print(case, 'ValueError', e)

w = textwrap.TextWrapper(width=0)
for bad in (lambda: w.wrap('x'), lambda: textwrap.wrap('hello world', 4, max_lines=1, placeholder=' [......]'),
            lambda: textwrap.wrap('hello', 3, max_lines=2, subsequent_indent='    ')):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(textwrap.shorten('Hello  world!\tHow are   you?', 12), textwrap.shorten('Hello world', 11),
      repr(textwrap.shorten('   ', 5)), textwrap.shorten('abcdefghijk lm', 8, placeholder='..'))
print(textwrap.fill('The quick brown fox. Jumped over!  The lazy dog.', 20, fix_sentence_endings=True))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('    x\n  \n      y\n')),
      repr(textwrap.dedent('\t\tone\n\t  two\n')), repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.indent('a\n\n  \nb\r\nc', '> ')), repr(textwrap.indent('a\nb\n', '+', lambda line: True)))
tw = textwrap.TextWrapper(width=15, max_lines=2)
print(sorted(vars(tw)), tw.wrap('one two three four five six seven'))
