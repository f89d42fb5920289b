#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the translations of texts that only moved. lupdate -no-obsolete files a text under the
# context it is looked up in, so a text moved to another class arrives unfinished and its old
# translation is dropped. Run with --save before update_translations and --restore after it: an
# unfinished entry whose source (and comment) was translated before, in any context, gets that
# translation back. What is left unfinished is new text for a translator.
#
#   translations/carry-translations.py --save /tmp/ims-ts   translations/*.ts
#   cmake --build build --target update_translations
#   translations/carry-translations.py --restore /tmp/ims-ts translations/*.ts
#   cmake --build build --target update_translations   # lupdate's own layout again
import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for context in root.iter('context'):
        for message in context.iter('message'):
            yield context.findtext('name'), message


def key(message):
    return json.dumps([message.findtext('source') or '', message.findtext('comment') or ''])


def saved(path):
    root = ET.parse(path).getroot()
    out = {}
    for _, message in messages(root):
        translation = message.find('translation')
        if translation is None or translation.get('type') in ('unfinished', 'vanished', 'obsolete'):
            continue
        forms = [f.text or '' for f in translation.findall('numerusform')]
        out[key(message)] = {'text': translation.text or '', 'forms': forms}
    return out


def restore(path, known):
    # ElementTree would rewrite the whole file; lupdate's own layout is kept by editing the
    # unfinished entries in place as text.
    text = open(path, encoding='utf-8').read()
    root = ET.fromstring(text)
    filled = 0
    for _, message in messages(root):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        old = known.get(key(message))
        if not old:
            continue
        if old['forms']:
            forms = translation.findall('numerusform')
            if len(forms) != len(old['forms']):
                continue
            for form, value in zip(forms, old['forms']):
                form.text = value
        else:
            translation.text = old['text']
        del translation.attrib['type']
        filled += 1
    if filled:
        body = ET.tostring(root, encoding='unicode')
        header = text[:text.index('<TS')]
        open(path, 'w', encoding='utf-8').write(header + body + '\n')
    return filled


def main():
    parser = argparse.ArgumentParser()
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument('--save', metavar='DIR')
    mode.add_argument('--restore', metavar='DIR')
    parser.add_argument('files', nargs='+')
    args = parser.parse_args()
    for path in args.files:
        name = os.path.join(args.save or args.restore, os.path.basename(path) + '.json')
        if args.save:
            os.makedirs(args.save, exist_ok=True)
            json.dump(saved(path), open(name, 'w', encoding='utf-8'), ensure_ascii=False)
        else:
            known = json.load(open(name, encoding='utf-8'))
            print(f'{path}: {restore(path, known)} moved text(s) keep their translation')
    return 0


if __name__ == '__main__':
    sys.exit(main())
