// Maintainers' schema tool.
//
//   check     [--endpoint https://api.hireflix.com/me] [--api-key KEY | env HIREFLIX_API_KEY]
//             introspects the endpoint and validates every SDK operation's wire document against it; prints
//             "<Operation>: ok" or one line per difference. Exit 0 = all valid, 1 = differences,
//             3 = introspection refused (bad key or disabled), 4 = unreachable, 5 = no operation catalog, 2 = usage.
//
//   refresh   --endpoint https://api.hireflix.com/me [--api-key KEY | env HIREFLIX_API_KEY] [--output schema/hireflix.graphql]
//             introspects the endpoint, prints what changed against the checked-in schema, and rewrites the
//             output file as SDL in a stable order.
//   normalize [--output FILE]
//             prints (or writes) the checked-in schema in the same stable form, to diff against a refresh.
using Hireflix.Sdk.SchemaTool;

return await SchemaToolCommand.RunAsync(args, Console.Out, CancellationToken.None);
