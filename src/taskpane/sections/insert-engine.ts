/**
 * What the insert tab needs once the pane has painted, in one chunk (useTemplates loads it when the tab mounts):
 * the template engine (core/templates: the catalog and the builders of every standard table), the views of the
 * catalog, the indicator picker of the custom table, and the list of inserted tables (which builds them again to refresh them).
 */
export { buildTemplate, listTemplates, periodChoices } from "../../core/templates";
export { IndicatorPicker } from "./IndicatorPicker";
export { RefreshBlocks } from "./RefreshBlocks";
export { TemplateGallery } from "./TemplateGallery";
export { TemplatePreview } from "./TemplatePreview";
