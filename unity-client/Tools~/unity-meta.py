#!/usr/bin/env python3
"""Unity .meta files for the package: Unity ignores assets without one in immutable (git/registry)
packages. Writes the missing ones with a GUID derived from the path (stable across runs), or with
--check lists them and exits 1. Folders ending in '~' and dot-files are not assets."""
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

IMPORTERS = {
    '.cs': 'MonoImporter:\n  externalObjects: {}\n  serializedVersion: 2\n  defaultReferences: []\n'
           '  executionOrder: 0\n  icon: {instanceID: 0}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n',
    '.asmdef': 'AssemblyDefinitionImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n',
    '.json': 'TextScriptImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n',
    '.md': 'TextScriptImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n',
}
DEFAULT = 'DefaultImporter:\n  externalObjects: {}\n  userData: \n  assetBundleName: \n  assetBundleVariant: \n'


def assets():
    for d, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(x for x in dirs if not x.endswith('~') and not x.startswith('.'))
        rel = os.path.relpath(d, ROOT)
        if rel != '.':
            yield rel, True
        for f in sorted(files):
            if f.startswith('.') or f.endswith('.meta'):
                continue
            yield os.path.normpath(os.path.join(rel, f)), False


def meta(rel, folder):
    guid = hashlib.md5(('com.koto.client/' + rel.replace(os.sep, '/')).encode()).hexdigest()
    body = 'folderAsset: yes\n' + DEFAULT if folder else IMPORTERS.get(os.path.splitext(rel)[1], DEFAULT)
    return 'fileFormatVersion: 2\nguid: ' + guid + '\n' + body


def main():
    check = '--check' in sys.argv
    missing = [(r, f) for r, f in assets() if not os.path.exists(os.path.join(ROOT, r + '.meta'))]
    orphans = []
    for d, dirs, files in os.walk(ROOT):
        dirs[:] = [x for x in dirs if not x.endswith('~') and not x.startswith('.')]
        for f in files:
            if f.endswith('.meta') and not os.path.exists(os.path.join(d, f[:-5])):
                orphans.append(os.path.relpath(os.path.join(d, f), ROOT))
    if check:
        for r, _ in missing:
            print('missing ' + r + '.meta')
        for o in orphans:
            print('orphan ' + o)
        return 1 if missing or orphans else 0
    for r, folder in missing:
        with open(os.path.join(ROOT, r + '.meta'), 'w') as out:
            out.write(meta(r, folder))
    print('wrote %d .meta files' % len(missing))
    return 0


if __name__ == '__main__':
    sys.exit(main())
