# Bytes-like str in json: UTF-8 text escapes as code points, stray bytes as \u00NN; \u escapes decode to UTF-8.
import json
print(json.dumps('é'), json.dumps('€😀'), json.dumps(chr(0xff)), json.dumps('a\xc3'), json.dumps(['ü', {'k': '日'}]))
v = json.loads('"\\u00e9"')
print(len(v), v == 'é', v, len(json.loads('"\\ud83d\\ude00"')), json.loads('"\\u20ac"') == '€')
print(json.loads('"é"') == 'é', len(json.loads('["日本"]')[0]), json.loads(b'"\xff"') == chr(0xff))
try:
    json.loads('{"é": }')
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads(json.dumps('crème')) == 'crème', json.loads(json.dumps(chr(0xff) + 'é')) == '\xc3\xbf' + 'é')
