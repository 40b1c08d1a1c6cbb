// Maintainers' schema tool.
//
//   refresh   --endpoint https://api.hireflix.com/me [--api-key KEY | env HIREFLIX_API_KEY] [--output schema/hireflix.graphql]
//             introspects the endpoint, prints what changed against the checked-in schema, and rewrites the
//             output file as SDL in a stable order.
//   normalize [--output FILE]
//             prints (or writes) the checked-in schema in the same stable form, to diff against a refresh.
using Hireflix.Sdk.SchemaTool;

return await SchemaToolCommand.RunAsync(args, Console.Out, CancellationToken.None);
