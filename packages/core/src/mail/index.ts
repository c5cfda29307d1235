export { layout, type Rendered } from "./layout.ts";
export {
  type Addressed,
  type Attachment,
  addressed,
  type Block,
  type Letter,
  type Template,
  templates,
} from "./letter.ts";
export * as Outbox from "./outbox.ts";
