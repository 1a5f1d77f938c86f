/* Where the Cockpit plugin's modules are, for the tests to import the very files Cockpit loads. */

export const PLUGIN = new URL('../../main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/lifeaccess-audit/',
  import.meta.url);

export function pluginModule(name) {
  return import(new URL(name, PLUGIN).href);
}
