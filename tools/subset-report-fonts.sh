#!/usr/bin/env bash
# Builds reports/fonts/*.ttf, the request form's fonts: DejaVu Sans and DejaVu Sans Bold (from the
# jasperreports-fonts jar) cut down to Latin letters, combining accents and the punctuation a form needs, without hinting.
# The full fonts carry about 6,000 glyphs, and the PDF embeds their glyph tables even when it uses sixty of them:
# 41 KB a form instead of 15 KB. Run it again only to change the character ranges (and the renderer's test).
# Needs Python's fontTools (Debian: apt-get install python3-fonttools).
set -euo pipefail
cd "$(dirname "$0")/.."

JASPER_FONTS_VERSION=7.0.3
RANGES="U+0020-007E,U+00A0-024F,U+0300-036F,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+20AC,U+2116,U+2122"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -q dependency:copy -Dartifact=net.sf.jasperreports:jasperreports-fonts:$JASPER_FONTS_VERSION \
    -DoutputDirectory="$work"
(cd "$work" && unzip -q -o "jasperreports-fonts-$JASPER_FONTS_VERSION.jar" 'net/sf/jasperreports/fonts/dejavu/*')
dejavu="$work/net/sf/jasperreports/fonts/dejavu"

for style in "" "-Bold"; do
    /usr/bin/env python3 -m fontTools.subset "$dejavu/DejaVuSans$style.ttf" --unicodes="$RANGES" \
        --no-hinting --layout-features='*' --name-IDs='*' --name-legacy --name-languages='*' \
        --output-file="reports/fonts/DejaVuSansLatin$style.ttf"
done
cp "$dejavu/LICENSE" reports/fonts/LICENSE
ls -l reports/fonts
