/** Writes the printed SDL to schema/schema.graphql; a test fails when the two differ. */
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schema } from '../src/schema.ts';

const target = resolve(import.meta.dirname, '../../schema/schema.graphql');
writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`Wrote ${target}`);
