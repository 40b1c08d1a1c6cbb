namespace NoOperationsConsumer;

/// <summary>Uses the SDK's typed API only.</summary>
public static class Program
{
    public static void Main()
    {
        using var hireflix = new Hireflix.Sdk.HireflixClient(new Hireflix.Sdk.HireflixClientOptions { ApiKey = "no-operations" });
        Console.WriteLine(hireflix.Positions.GetType().Name);
    }
}
