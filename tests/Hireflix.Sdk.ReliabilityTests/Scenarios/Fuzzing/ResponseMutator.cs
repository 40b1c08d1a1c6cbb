using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Hireflix.Sdk.Reliability.Fuzzing;

/// <summary>The ways a valid response is broken.</summary>
public enum Mutation
{
    BitFlip,
    Truncate,
    TypeSwap,
    DeepNesting,
    HugeString,
    HugeNumber,
    DuplicateKey,
    NullValue,
    RandomTypename,
    RemoveProperty,
    UnknownProperty,
    EnvelopeShape,
    Combined,
    RawBytes,
}

/// <summary>Deterministic mutations of valid GraphQL responses (same seed, same inputs).</summary>
public sealed class ResponseMutator(int seed)
{
    private static readonly string[] TypeNames =
    [
        "InterviewType", "MutationArchivePositionSuccess", "PositionNotFoundError", "ValidationError", "ExceededInvitesThisPeriodError",
        "InterviewAlreadyExistsInPositionError", "InterviewExternalIdAlreadyExistsInPositionError", "PositionNotReadyToAcceptInvitesError",
        "", " ", "interviewtype", "Query", "__Schema", "NewFutureError", "\u0000", "💥", new string('T', 300),
    ];

    private static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1e309", "-1e400", "123456789012345678901234567890", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "2147483648", "-2147483649", "0.1e-400", "-0", "0", "1.5", "253402300800000", "-62135596800001",
        "1E+2", "4.999999999999999999999", "18446744073709551616", "0.0000000000000000000000000001",
    ];

    private readonly Random _random = new(seed);

    public Mutation Last { get; private set; }

    public byte[] Mutate(string valid)
    {
        Last = (Mutation)_random.Next(Enum.GetValues<Mutation>().Length);
        try
        {
            return MutateAs(valid, Last);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // The writer refused a generated value (e.g. a lone surrogate): cut the response instead.
            Last = Mutation.Truncate;
            return Encoding.UTF8.GetBytes(valid)[.._random.Next(valid.Length)];
        }
    }

    private byte[] MutateAs(string valid, Mutation mutation)
    {
        return mutation switch
        {
            Mutation.BitFlip => BitFlip(Encoding.UTF8.GetBytes(valid)),
            Mutation.Truncate => Encoding.UTF8.GetBytes(valid)[.._random.Next(valid.Length)],
            Mutation.RawBytes => RawBytes(Encoding.UTF8.GetBytes(valid)),
            Mutation.DeepNesting => DeepNesting(valid),
            Mutation.DuplicateKey => DuplicateKey(valid),
            Mutation.Combined => Combined(valid),
            _ => Serialize(MutateTree(JsonNode.Parse(valid)!, mutation)),
        };
    }

    private byte[] Combined(string valid)
    {
        var node = JsonNode.Parse(valid)!;
        var count = _random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            node = MutateTree(node, (Mutation)_random.Next((int)Mutation.TypeSwap, (int)Mutation.EnvelopeShape + 1));
        }

        return _random.Next(4) == 0 ? BitFlip(Serialize(node)) : Serialize(node);
    }

    private JsonNode MutateTree(JsonNode root, Mutation mutation)
    {
        switch (mutation)
        {
            case Mutation.TypeSwap:
                return Replace(root, PickAny(root), RandomValue(depth: 0));
            case Mutation.HugeString:
                return Replace(root, PickAny(root), JsonValue.Create(HugeString()));
            case Mutation.HugeNumber:
                // Numbers with no exact double or long form are written as raw JSON text.
                return Replace(root, PickAny(root), JsonNode.Parse(Numbers[_random.Next(Numbers.Length)]));
            case Mutation.NullValue:
                return Replace(root, PickAny(root), null);
            case Mutation.RandomTypename:
                var objects = All(root).Select(x => x.Node).OfType<JsonObject>().ToList();
                var target = objects[_random.Next(objects.Count)];
                target["__typename"] = _random.Next(5) == 0 ? RandomValue(0) : JsonValue.Create(TypeNames[_random.Next(TypeNames.Length)]);
                return root;
            case Mutation.RemoveProperty:
                var owners = All(root).Select(x => x.Node).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
                if (owners.Count > 0)
                {
                    var owner = owners[_random.Next(owners.Count)];
                    owner.Remove(owner.ElementAt(_random.Next(owner.Count)).Key);
                }

                return root;
            case Mutation.UnknownProperty:
                var hosts = All(root).Select(x => x.Node).OfType<JsonObject>().ToList();
                hosts[_random.Next(hosts.Count)]["x" + _random.Next(1000).ToString(CultureInfo.InvariantCulture)] = RandomValue(0);
                return root;
            case Mutation.EnvelopeShape:
                return EnvelopeShape(root);
            default:
                return root;
        }
    }

    private JsonNode EnvelopeShape(JsonNode root)
    {
        if (root is not JsonObject envelope)
        {
            return root;
        }

        switch (_random.Next(8))
        {
            case 0:
                envelope["data"] = RandomValue(0);
                break;
            case 1:
                envelope["errors"] = RandomValue(0);
                break;
            case 2:
                envelope["errors"] = new JsonArray(1, "x", null, new JsonObject { ["message"] = new JsonObject() }, new JsonArray());
                break;
            case 3:
                envelope["errors"] = new JsonArray(new JsonObject
                {
                    ["message"] = RandomValue(0),
                    ["locations"] = RandomValue(0),
                    ["path"] = new JsonArray(RandomValue(0), 1, null, new JsonObject()),
                    ["extensions"] = new JsonObject { ["code"] = RandomValue(0) },
                    ["code"] = RandomValue(0),
                });
                break;
            case 4:
                envelope["errors"] = new JsonArray();
                break;
            case 5:
                envelope.Remove("data");
                break;
            case 6:
                envelope["message"] = _random.Next(2) == 0 ? "Unauthorized" : RandomValue(0);
                break;
            default:
                return new JsonArray(envelope.DeepClone());
        }

        return envelope;
    }

    private JsonNode? RandomValue(int depth) => _random.Next(depth > 2 ? 6 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => JsonValue.Create(_random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(_random.NextDouble() * Math.Pow(10, _random.Next(-5, 20))),
        4 => JsonValue.Create(RandomString(_random.Next(0, 40))),
        5 => JsonNode.Parse(Numbers[_random.Next(Numbers.Length)]),
        6 => new JsonArray(RandomValue(depth + 1), RandomValue(depth + 1)),
        _ => new JsonObject { ["__typename"] = TypeNames[_random.Next(TypeNames.Length)], ["id"] = RandomValue(depth + 1), ["value"] = RandomValue(depth + 1) },
    };

    private string RandomString(int length)
    {
        var chars = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            chars.Append(_random.Next(6) switch
            {
                0 => (char)_random.Next(0, 32),
                1 => (char)_random.Next(0xD800, 0xE000), // lone surrogates
                2 => '"',
                3 => '\\',
                _ => (char)_random.Next(32, 0x3000),
            });
        }

        return chars.ToString();
    }

    private string HugeString()
    {
        var length = _random.Next(10) == 0 ? _random.Next(64_000, 128_000) : _random.Next(1_000, 8_000);
        return _random.Next(3) switch
        {
            0 => new string('a', length),
            1 => string.Concat(Enumerable.Repeat("é\"\\\u2028💥", length / 6)),
            _ => RandomString(Math.Min(length, 2_000)),
        };
    }

    private byte[] DeepNesting(string valid)
    {
        var root = JsonNode.Parse(valid)!;
        var marker = "__deep_" + _random.Next().ToString(CultureInfo.InvariantCulture);
        root = Replace(root, PickAny(root), JsonValue.Create(marker));
        var depth = _random.Next(8) == 0 ? _random.Next(1_000, 10_000) : _random.Next(10, 200);
        var array = _random.Next(2) == 0;
        var nested = array
            ? new string('[', depth) + "1" + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        return Encoding.UTF8.GetBytes(root.ToJsonString().Replace("\"" + marker + "\"", nested, StringComparison.Ordinal));
    }

    private byte[] DuplicateKey(string valid)
    {
        var root = JsonNode.Parse(valid)!;
        var objects = All(root).Select(x => x.Node).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return Serialize(root);
        }

        var target = objects[_random.Next(objects.Count)];
        var key = target.ElementAt(_random.Next(target.Count)).Key;
        var marker = "__dup_" + _random.Next().ToString(CultureInfo.InvariantCulture);
        target[marker] = _random.Next(2) == 0 ? RandomValue(0) : target[key]?.DeepClone();
        return Encoding.UTF8.GetBytes(root.ToJsonString().Replace("\"" + marker + "\"", "\"" + key + "\"", StringComparison.Ordinal));
    }

    private byte[] BitFlip(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var flips = _random.Next(1, 5);
        for (var i = 0; i < flips; i++)
        {
            bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return bytes;
    }

    private byte[] RawBytes(byte[] valid) => _random.Next(6) switch
    {
        0 => [0xEF, 0xBB, 0xBF, .. valid], // BOM
        1 => [.. valid, .. "  {}"u8],      // trailing content
        2 => [.. "\n\t "u8, .. valid, .. "\r\n"u8],
        3 => Enumerable.Range(0, _random.Next(0, 64)).Select(_ => (byte)_random.Next(256)).ToArray(),
        4 => [0xC3, 0x28, .. valid],       // invalid UTF-8
        _ => [],
    };

    private (JsonNode? Parent, object? Key) PickAny(JsonNode root)
    {
        var nodes = All(root).Where(x => x.Parent is not null).ToList();
        return nodes.Count == 0 ? (null, null) : nodes[_random.Next(nodes.Count)] is var pick ? (pick.Parent, pick.Key) : default;
    }

    private static JsonNode Replace(JsonNode root, (JsonNode? Parent, object? Key) at, JsonNode? value)
    {
        switch (at.Parent)
        {
            case JsonObject o when at.Key is string key:
                o[key] = value;
                break;
            case JsonArray a when at.Key is int index:
                a[index] = value;
                break;
        }

        return root;
    }

    private static IEnumerable<(JsonNode? Node, JsonNode? Parent, object? Key)> All(JsonNode? root)
    {
        var stack = new Stack<(JsonNode? Node, JsonNode? Parent, object? Key)>();
        stack.Push((root, null, null));
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            yield return item;
            switch (item.Node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        stack.Push((value, o, key));
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        stack.Push((a[i], a, i));
                    }

                    break;
            }
        }
    }

    private static byte[] Serialize(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
