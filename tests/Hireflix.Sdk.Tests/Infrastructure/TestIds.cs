namespace Hireflix.Sdk.Tests.Infrastructure;

/// <summary>Ids and keys the tests use; the API key is a canary searched for in every log and message.</summary>
internal static class TestIds
{
    public const string ApiKey = "canary-key-7f3e9a61-5b2c-4d8e-a0f1-3c6b9d2e4a57";
    public const string PositionId = "68d53cf0a3d3c03c50f103c3";
    public const string InterviewId = "68d4164f19367e041b2030c0";
}
