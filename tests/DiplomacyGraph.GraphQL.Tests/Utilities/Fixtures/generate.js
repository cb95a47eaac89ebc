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
const options = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true };
fs.writeFileSync(dir + '/introspection-query.graphql', g.getIntrospectionQuery(options));
const result = g.graphqlSync({ schema, source: g.getIntrospectionQuery(options) });
fs.writeFileSync(dir + '/rich-schema.introspection.json', JSON.stringify(result, null, 2) + '\n');
console.log(g.version, Object.keys(result));
