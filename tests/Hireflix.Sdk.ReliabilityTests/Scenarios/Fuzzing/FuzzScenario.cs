using System.Collections;
using System.Diagnostics;
using System.Net;
using System.Reflection;

namespace Hireflix.Sdk.Reliability.Fuzzing;

public sealed record FuzzFinding(string OperationName, Mutation Mutation, int Status, string ExceptionType, string Message, string InputBase64);

public sealed record FuzzSummary(int Inputs, int Values, int HireflixExceptions, IReadOnlyList<FuzzFinding> Unexpected, IReadOnlyDictionary<string, int> PerOperation, TimeSpan Elapsed, TimeSpan SlowestParse)
{
    public string Line =>
        $"fuzz: {Inputs} inputs over {PerOperation.Count} operations, {Unexpected.Count} unexpected exceptions ({Values} values, {HireflixExceptions} HireflixException), slowest parse {SlowestParse.TotalMilliseconds:F0} ms";

    public bool Passed => Inputs >= FuzzScenario.RequiredInputs && Unexpected.Count == 0 && SlowestParse < FuzzScenario.HangLimit;
}

/// <summary>
/// Mutated responses fed to every generated operation's parser through the SDK's real parse path
/// (<c>GraphQLResponseParser.Parse</c>), in memory. Only a value or a <see cref="HireflixException"/> may come out;
/// values are then walked (every public getter, computed ones included).
/// </summary>
public static class FuzzScenario
{
    public const int RequiredInputs = 100_000;
    public const int Seed = 20_261_126;
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(2);

    private static readonly HttpStatusCode[] OtherStatuses =
    [
        HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.RequestTimeout,
        HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, (HttpStatusCode)299, (HttpStatusCode)302,
    ];

    private static readonly string[] RetryAfterValues = ["5", "0", "-1", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "soon", "99999999999999999999", ""];

    /// <summary>Checks that every seed parses to a value (or, for error seeds, a HireflixException) before mutating it.</summary>
    public static IReadOnlyList<string> CheckSeeds()
    {
        var problems = new List<string>();
        foreach (var target in SeedResponses.All)
        {
            foreach (var seed in target.Seeds)
            {
                using var response = new HttpResponseMessage(HttpStatusCode.OK);
                try
                {
                    Touch(target.Parse(System.Text.Encoding.UTF8.GetBytes(seed), response), 0);
                }
                catch (HireflixException) when (seed.Contains("\"errors\"", StringComparison.Ordinal) || seed.Contains("Unauthorized", StringComparison.Ordinal))
                {
                }
                catch (Exception ex)
                {
                    problems.Add($"{target.OperationName}: seed does not parse: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        return problems;
    }

    public static readonly long[] MutateTicks = new long[20];
    public static readonly long[] ParseTicks = new long[20];

    public static FuzzSummary Run(int inputs = RequiredInputs, int seed = Seed)
    {
        var mutator = new ResponseMutator(seed);
        var random = new Random(seed ^ 0x5f3759df);
        var unexpected = new List<FuzzFinding>();
        var perOperation = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = 0;
        var hireflix = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        var each = new Stopwatch();
        var targets = SeedResponses.All;
        for (var i = 0; i < inputs; i++)
        {
            var target = targets[i % targets.Count];
            var valid = target.Seeds[random.Next(target.Seeds.Count)];
            var m0 = Stopwatch.GetTimestamp();
            var bytes = mutator.Mutate(valid);
            MutateTicks[(int)mutator.Last] += Stopwatch.GetTimestamp() - m0;
            var status = random.Next(10) < 8 ? HttpStatusCode.OK : OtherStatuses[random.Next(OtherStatuses.Length)];
            using var response = new HttpResponseMessage(status);
            if (random.Next(4) == 0)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", RetryAfterValues[random.Next(RetryAfterValues.Length)]);
            }

            perOperation[target.OperationName] = perOperation.GetValueOrDefault(target.OperationName) + 1;
            each.Restart();
            try
            {
                Touch(target.Parse(bytes, response), 0);
                values++;
            }
            catch (HireflixException ex)
            {
                hireflix++;
                _ = ex.Message; // ToString (stack traces with line numbers) would dominate the run time

            }
            catch (Exception ex)
            {
                if (unexpected.Count < 50)
                {
                    unexpected.Add(new FuzzFinding(target.OperationName, mutator.Last, (int)status, ex.GetType().FullName!, ex.Message + " @ " + ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Hireflix.Sdk", StringComparison.Ordinal))?.Trim(), Convert.ToBase64String(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))));
                }
                else
                {
                    unexpected.Add(unexpected[^1]);
                }
            }

            ParseTicks[(int)mutator.Last] += each.ElapsedTicks;
            if (each.Elapsed > slowest)
            {
                slowest = each.Elapsed;
            }
        }

        return new FuzzSummary(inputs, values, hireflix, unexpected, perOperation, total.Elapsed, slowest);
    }

    /// <summary>Reads every public property of a parsed value, recursively (computed members such as Stage included).</summary>
    private static void Touch(object? value, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value is DateTimeOffset or System.Text.Json.JsonElement or Enum)
        {
            if (value is System.Text.Json.JsonElement element)
            {
                _ = element.GetRawText();
            }

            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Touch(item, depth + 1);
            }

            return;
        }

        _ = value.ToString();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Touch(property.GetValue(value), depth + 1);
            }
        }
    }
}
