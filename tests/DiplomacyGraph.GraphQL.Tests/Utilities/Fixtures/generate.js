// Regenerates the reference files beside it from graphql-js 16: node generate.js "$PWD" (with graphql@16 installed).
const fs = require('fs');
const g = require('graphql');
const dir = process.argv[2];
const sdl = fs.readFileSync(dir + '/rich-schema.graphql', 'utf8');
const schema = g.buildSchema(sdl);
const errors = g.validateSchema(schema);
if (errors.length) { console.error(errors.map(e => e.message)); process.exit(1); }
fs.writeFileSync(dir + '/rich-schema.printed.graphql', g.printSchema(schema));
fs.writeFileSync(dir + '/rich-schema.introspection-schema.graphql', g.printIntrospectionSchema(schema));
// The introspection query lives once, in the conformance corpus; it must still be graphql-js's own.
const options = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };
const query = fs.readFileSync(dir + '/../../Conformance/corpus/introspection/full-introspection-query-every-option.graphql', 'utf8');
if (query.trim() !== g.getIntrospectionQuery(options).trim()) { console.error('The corpus introspection query is no longer getIntrospectionQuery(every option).'); process.exit(1); }
const result = g.graphqlSync({ schema, source: query });
fs.writeFileSync(dir + '/rich-schema.introspection.json', JSON.stringify(result, null, 2) + '\n');
console.log(g.version, Object.keys(result));
