/**
 * A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1's Schema Object), as zod's
 * `z.toJSONSchema` writes it.
 * @category HTTP
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * The OpenAPI 3.1 Info Object: what the API is and which version of it the document describes.
 * @category HTTP
 */
export interface OpenApiInfo {
  /** The API's name. */
  readonly title: string;
  /** The version of the host's API (not of OpenAPI, not of staffcore). */
  readonly version: string;
  /** One line about the API. */
  readonly summary?: string;
  /** What the API is for (CommonMark). */
  readonly description?: string;
  /** A URL of the terms of service. */
  readonly termsOfService?: string;
  /** Whom to ask. */
  readonly contact?: { readonly name?: string; readonly url?: string; readonly email?: string };
  /** The API's license: a name and an SPDX identifier or a URL. */
  readonly license?: { readonly name: string; readonly identifier?: string; readonly url?: string };
}

/**
 * The OpenAPI 3.1 Server Object: a URL the API is served at (without the base path, which the
 * paths carry).
 * @category HTTP
 */
export interface OpenApiServer {
  /** The server's URL, e.g. `https://api.example.org`. */
  readonly url: string;
  /** Which server it is (production, staging). */
  readonly description?: string;
  /** Values for the `{variables}` of `url`. */
  readonly variables?: Readonly<Record<string, { readonly default: string; readonly enum?: readonly string[]; readonly description?: string }>>;
}

/**
 * The OpenAPI 3.1 Security Scheme Object: how a caller proves who it is (the host's
 * `authenticate` reads it), e.g. `{ type: 'http', scheme: 'bearer' }`.
 * @category HTTP
 */
export type OpenApiSecurityScheme =
  | { readonly type: 'http'; readonly scheme: string; readonly bearerFormat?: string; readonly description?: string }
  | { readonly type: 'apiKey'; readonly name: string; readonly in: 'query' | 'header' | 'cookie'; readonly description?: string }
  | { readonly type: 'oauth2'; readonly flows: Readonly<Record<string, unknown>>; readonly description?: string }
  | { readonly type: 'openIdConnect'; readonly openIdConnectUrl: string; readonly description?: string }
  | { readonly type: 'mutualTLS'; readonly description?: string };

/**
 * The OpenAPI 3.1 Security Requirement Object: the schemes (by their name in
 * `components.securitySchemes`) a request must satisfy together, each with its scopes.
 * @category HTTP
 */
export type OpenApiSecurityRequirement = Readonly<Record<string, readonly string[]>>;

/**
 * A query parameter of a `GET` operation: one top-level field of the action's input.
 * @category HTTP
 */
export type OpenApiParameter = {
  readonly name: string;
  readonly in: 'query' | 'header' | 'path';
  readonly required: boolean;
  readonly description?: string;
} & (
  | { /** A string field, sent as given. */ readonly schema: JsonSchema }
  | { /** Any other field, sent JSON-encoded. */ readonly content: { readonly 'application/json': { readonly schema: JsonSchema } } }
);

/**
 * A Media Type Object with its schema.
 * @category HTTP
 */
export interface OpenApiMediaType {
  readonly schema: JsonSchema;
}

/**
 * A Response Object, or a reference to one in `components.responses`.
 * @category HTTP
 */
export type OpenApiResponse =
  | {
      readonly description: string;
      readonly headers?: Readonly<Record<string, { readonly description?: string; readonly schema: JsonSchema }>>;
      readonly content?: Readonly<Record<string, OpenApiMediaType>>;
    }
  | { readonly $ref: string };

/**
 * An Operation Object: one action under one method.
 * @category HTTP
 */
export interface OpenApiOperation {
  /** `customers_add` for `POST`, `customers_get_query` for the `GET` of a read-only action. */
  readonly operationId: string;
  /** The action's summary. */
  readonly summary: string;
  /** The action's name, permission and whether it only reads. */
  readonly description: string;
  /** The action's group. */
  readonly tags: readonly string[];
  /** The input's top-level fields (`GET` only). */
  readonly parameters?: readonly OpenApiParameter[];
  /** The input as JSON (`POST` only). */
  readonly requestBody?: { readonly required: boolean; readonly content: { readonly 'application/json': OpenApiMediaType } };
  /** The result under `200` and a problem under each status the action can answer with. */
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
  /** The action's name (`customers.add`). */
  readonly 'x-staffcore-action': string;
  /** The permission the actor's roles must grant. */
  readonly 'x-staffcore-permission': string;
}

/**
 * A Path Item Object: the operations of one action's path.
 * @category HTTP
 */
export interface OpenApiPathItem {
  /** An action's call (every action has one); a streamed route has none. */
  readonly post?: OpenApiOperation;
  /** A read-only action's query form, or a streamed route. */
  readonly get?: OpenApiOperation;
}

/**
 * An OpenAPI 3.1 document, as {@link openApiDocument} builds it.
 * @category HTTP
 */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: OpenApiInfo;
  readonly servers?: readonly OpenApiServer[];
  /** One tag per action group, in the groups' order. */
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  /** One path per action: `{basePath}/{group}/{action}`. */
  readonly paths: Readonly<Record<string, OpenApiPathItem>>;
  readonly components: {
    /** `Problem`, and the definitions a recursive schema needs. */
    readonly schemas: Readonly<Record<string, JsonSchema>>;
    /** The problem responses every action shares. */
    readonly responses: Readonly<Record<string, OpenApiResponse>>;
    /** The host's security schemes. */
    readonly securitySchemes?: Readonly<Record<string, OpenApiSecurityScheme>>;
  };
  /** The security requirements every operation has. */
  readonly security?: readonly OpenApiSecurityRequirement[];
}
