// The Hireflix SDK samples: the whole interview lifecycle, offline against the embedded fake Hireflix
// when no HIREFLIX_API_KEY is set, or read-only against the real API when it is.
//
//   dotnet run --project samples/Hireflix.Sdk.Samples                  offline flow on the embedded fake
//   HIREFLIX_API_KEY=… dotnet run --project samples/Hireflix.Sdk.Samples [--allow-writes]
//   dotnet run --project samples/Hireflix.Sdk.Samples -- serve          run the fake on 127.0.0.1 until Ctrl+C
//   dotnet run --project samples/Hireflix.Sdk.Samples -- sync [file.db] the SQLite sync worker, offline (webhooks killed mid-run)
using System.Runtime.InteropServices;
using Hireflix.Sdk.Samples;

var apiKey = Environment.GetEnvironmentVariable("HIREFLIX_API_KEY");
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// `serve` hosts Kestrel, whose console lifetime swallows SIGTERM to stop a host we never run: stop on it ourselves.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

try
{
    if (args.Length > 0 && args[0] == "sync")
    {
        return await Hireflix.Sdk.Samples.Sync.SyncCommand.RunAsync(args, cancellation.Token);
    }

    if (args.Length > 0 && args[0] == "serve")
    {
        return await ServeCommand.RunAsync(args, cancellation.Token);
    }

    if (!string.IsNullOrWhiteSpace(apiKey))
    {
        return await LiveFlow.RunAsync(apiKey, allowWrites: args.Contains("--allow-writes"), cancellation.Token);
    }

    return await OfflineFlow.RunAsync(cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    return 130;
}
