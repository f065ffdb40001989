/**
 * Writes generated/openapi.json, the OpenAPI 3.1 description of the REST contract that the package ships
 * (`@gatehouse/flows/openapi.json`). A test fails when the file and `contractOpenApi()` differ.
 */
import { writeFile } from 'node:fs/promises';
import { contractOpenApi } from '../src/contract/openapi.js';

const target = new URL('../generated/openapi.json', import.meta.url);
await writeFile(target, `${JSON.stringify(contractOpenApi(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
