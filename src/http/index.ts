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
export { problemDetails, type ProblemDetails } from './problemDetails.js';
export { problemStatus } from './problemStatus.js';
