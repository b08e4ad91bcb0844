/**
 * schemas: the JSON Schemas of the two outputs, compiled once with ajv (JSON Schema 2020-12).
 */
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import extractionSchema from '../../schemas/extraction.schema.json' with {type: 'json'}
import jsonldSchema from '../../schemas/jsonld.schema.json' with {type: 'json'}

/** One schema violation: where (a JSON Pointer into the document) and which rule. */
export interface SchemaViolation {
  path: string
  rule: string
  message: string
}

const ajv = new Ajv2020({allErrors: true, strict: true})
addFormats.default(ajv)

const validators: Record<'extraction' | 'jsonld', ValidateFunction> = {
  extraction: ajv.compile(extractionSchema),
  jsonld: ajv.compile(jsonldSchema)
}

/** Validate `value` against one of the project's schemas. */
export function checkSchema(name: 'extraction' | 'jsonld', value: unknown): SchemaViolation[] {
  const validate = validators[name]
  if (validate(value)) return []
  return (validate.errors ?? []).map(toViolation)
}

function toViolation(error: ErrorObject): SchemaViolation {
  return {
    path: error.instancePath === '' ? '/' : error.instancePath,
    rule: `${error.schemaPath.replace(/^#/, '')}`,
    message: `${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`
  }
}
