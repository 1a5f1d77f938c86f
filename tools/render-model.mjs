// Renders a BPMN model as Camunda Modeler draws it (bpmn-js) into a PNG, with headless Chromium:
//   node tools/render-model.mjs bpmn/security-code-issuance.bpmn docs/modell/folyamat.png [x y width height]
// Without a region the whole diagram is drawn; with one, only that part of it (diagram coordinates).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const [model, output, ...region] = process.argv.slice(2);
if (!model || !output) {
  console.error('usage: node tools/render-model.mjs MODEL.bpmn OUTPUT.png [x y width height]');
  process.exit(2);
}
const xml = readFileSync(model, 'utf8');

function diagramBounds() {
  const xs = [];
  const ys = [];
  for (const [, x, y, w, h] of xml.matchAll(/<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
    xs.push(+x, +x + +w);
    ys.push(+y, +y + +h);
  }
  for (const [, x, y] of xml.matchAll(/<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g)) {
    xs.push(+x);
    ys.push(+y);
  }
  const margin = 20;
  return {
    x: Math.min(...xs) - margin, y: Math.min(...ys) - margin,
    width: Math.max(...xs) - Math.min(...xs) + 2 * margin, height: Math.max(...ys) - Math.min(...ys) + 2 * margin
  };
}

const box = region.length === 4
  ? {x: +region[0], y: +region[1], width: +region[2], height: +region[3]}
  : diagramBounds();
const dist = resolve('node_modules/bpmn-js/dist');
const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${dist}/assets/diagram-js.css">
<link rel="stylesheet" href="file://${dist}/assets/bpmn-js.css">
<style>html, body, #canvas { margin: 0; width: ${Math.ceil(box.width)}px; height: ${Math.ceil(box.height)}px;
  background: white; overflow: hidden; } .bjs-powered-by { display: none; }</style>
<script src="file://${dist}/bpmn-navigated-viewer.production.min.js"></script>
</head><body><div id="canvas"></div>
<script>
  const viewer = new BpmnJS({container: '#canvas'});
  viewer.importXML(${JSON.stringify(xml)}).then(() => {
    viewer.get('canvas').viewbox(${JSON.stringify(box)});
  }).catch((error) => { document.body.textContent = 'import failed: ' + error.message; });
</script></body></html>`;

const work = mkdtempSync(join(tmpdir(), 'render-model-'));
const html = join(work, 'model.html');
writeFileSync(html, page);
mkdirSync(dirname(resolve(output)), {recursive: true});
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--allow-file-access-from-files',
  '--virtual-time-budget=5000', `--user-data-dir=${join(work, 'profile')}`,
  `--screenshot=${resolve(output)}`, `--window-size=${Math.ceil(box.width)},${Math.ceil(box.height)}`,
  `file://${html}`], {stdio: ['ignore', 'ignore', 'inherit']});
console.log(`${output}: ${Math.ceil(box.width)}x${Math.ceil(box.height)} px`);
