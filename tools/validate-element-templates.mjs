// Validates every element template in element-templates/ against Camunda 7's element template schema and checks
// that each one applied in bpmn/*.bpmn exists there; exits 1 on any finding.
import { validateAll } from '@bpmn-io/element-templates-validator';
import { readdirSync, readFileSync } from 'node:fs';

let findings = 0;
const known = new Set();
for (const file of readdirSync('element-templates').filter((name) => name.endsWith('.json'))) {
  const templates = JSON.parse(readFileSync(`element-templates/${file}`, 'utf8'));
  const {valid, results} = validateAll(templates);
  results.forEach((result, index) => {
    known.add(`${templates[index].id}@${templates[index].version}`);
    for (const error of result.errors || []) {
      findings++;
      console.error(`element-templates/${file}: ${templates[index].id}: ${error.message} (${error.dataPath || error.instancePath || ''})`);
    }
  });
  if (!valid && findings === 0) {
    findings++;
    console.error(`element-templates/${file}: not valid`);
  }
}
for (const file of readdirSync('bpmn').filter((name) => name.endsWith('.bpmn'))) {
  const xml = readFileSync(`bpmn/${file}`, 'utf8');
  for (const [, id, template, version] of xml.matchAll(/id="([^"]+)"[^>]*camunda:modelerTemplate="([^"]+)" camunda:modelerTemplateVersion="(\d+)"/g)) {
    if (!known.has(`${template}@${version}`)) {
      findings++;
      console.error(`bpmn/${file}: ${id} uses the element template ${template} version ${version}, which element-templates/ does not have`);
    }
  }
}
console.log(`element templates: ${known.size} template(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
