#!/usr/bin/env python3
"""Derives Dossier's compact gazetteer from GeoNames (CC BY 4.0, https://www.geonames.org/).

Usage: geonames_compact.py GEONAMES_DIR OUT.tsv.gz
GEONAMES_DIR holds cities15000.txt, admin1CodesASCII.txt and countryInfo.tsv.

One place a line: kind (C country, A first-level division, P populated place), geonameid,
name, latitude, longitude, ISO country code, first-level division name, population,
aliases separated by '|'. Countries and divisions carry the coordinates of their capital or,
for divisions, of their most populous city: GeoNames' tables give them no point of their own.
"""
import gzip, sys, os

src, out = sys.argv[1], sys.argv[2]
admin1 = {}
for line in open(os.path.join(src, 'admin1CodesASCII.txt'), encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if len(f) >= 4:
        admin1[f[0]] = (f[1], f[3])
cities = []
for line in open(os.path.join(src, 'cities15000.txt'), encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    gid, name, ascii_, lat, lon, fcode, cc, a1, pop = f[0], f[1], f[2], f[4], f[5], f[7], f[8], f[10], int(f[14] or 0)
    cities.append((gid, name, ascii_, lat, lon, fcode, cc, a1, pop))
countries = []
for line in open(os.path.join(src, 'countryInfo.tsv'), encoding='utf-8'):
    if line.startswith('#'):
        continue
    f = line.rstrip('\n').split('\t')
    if len(f) < 17:
        continue
    countries.append((f[0], f[1], f[4], f[5], int(f[7] or 0), f[16]))

ALIASES = {
    'US': ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'the United States', 'the US', 'the U.S.'],
    'GB': ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'],
    'RU': ['Russian Federation'], 'KR': ['Republic of Korea'], 'KP': ['DPRK'],
    'AE': ['UAE', 'U.A.E.', 'Emirates'], 'CN': ["People's Republic of China", 'PRC'],
    'NL': ['Holland', 'The Netherlands'], 'CZ': ['Czech Republic'], 'CI': ["Cote d'Ivoire", "Côte d'Ivoire"],
    'MM': ['Burma'], 'VA': ['Holy See'], 'TW': ['Republic of China'], 'CD': ['DRC', 'DR Congo'],
    'PS': ['Palestinian Territories', 'Palestine'], 'VN': ['Viet Nam'], 'IR': ['Persia'],
    'TR': ['Türkiye', 'Turkiye'], 'SY': ['Syrian Arab Republic'], 'MK': ['Macedonia'], 'SZ': ['Swaziland'],
}
rows = []
by_capital = {}
for c in cities:
    by_capital.setdefault((c[6], c[1]), c)
largest = {}
for c in cities:
    key = c[6] + '.' + c[7]
    if key not in largest or c[8] > largest[key][8]:
        largest[key] = c
for iso, iso3, name, capital, pop, gid in countries:
    cap = by_capital.get((iso, capital))
    if cap is None:
        cands = [c for c in cities if c[6] == iso]
        if not cands:
            continue
        cap = max(cands, key=lambda c: c[8])
    aliases = ALIASES.get(iso, [])
    rows.append(('C', gid, name, cap[3], cap[4], iso, '', str(pop), '|'.join(aliases)))
for code, (name, gid) in admin1.items():
    city = largest.get(code)
    if city is None:
        continue
    cc = code.split('.')[0]
    rows.append(('A', gid, name, city[3], city[4], cc, name, '0', ''))
for gid, name, ascii_, lat, lon, fcode, cc, a1, pop in cities:
    a1name = admin1.get(cc + '.' + a1, ('', ''))[0]
    aliases = [ascii_] if ascii_ != name else []
    rows.append(('P', gid, name, lat, lon, cc, a1name, str(pop), '|'.join(aliases)))
with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as w:
    w.write('# Derived from GeoNames (https://www.geonames.org/), CC BY 4.0, by src/build/geonames_compact.py\n')
    for r in rows:
        w.write('\t'.join(r) + '\n')
print(len(rows), 'places')
