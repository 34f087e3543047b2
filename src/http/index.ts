/**
 * Every action over HTTP: a web-standard handler (`createHttpHandler`), a `node:http` adapter
 * (`toNodeListener`), errors as RFC 9457 problem details, and the OpenAPI 3.1 document of the
 * actions (`openApiDocument`).
 *
 * ```ts
 * import { createHttpHandler, toNodeListener } from 'staffcore/http';
 * ```
 *
 * @module staffcore/http
 */
export { createHttpHandler } from './createHttpHandler.js';
export type { HttpHandler, HttpHandlerOptions } from './createHttpHandler.js';
export { toNodeListener } from './toNodeListener.js';
export type { NodeRequest, NodeResponse } from './toNodeListener.js';
export { httpProblem, problemOf, statusOfCode } from './problem.js';
export type { HttpProblemCode, Problem } from './problem.js';
export { openApiDocument, type OpenApiDocumentOptions } from './openApiDocument.js';
export type {
  JsonSchema,
  OpenApiDocument,
  OpenApiInfo,
  OpenApiMediaType,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiPathItem,
  OpenApiResponse,
  OpenApiSecurityRequirement,
  OpenApiSecurityScheme,
  OpenApiServer,
} from './OpenApiObjects.js';
