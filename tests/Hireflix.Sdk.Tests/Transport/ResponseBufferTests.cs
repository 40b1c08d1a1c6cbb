using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk.Tests.Transport;

/// <summary>Issue 17, findings 2 and 3: the cap holds on bytes actually read; a declared length is only a hint.</summary>
public sealed class ResponseBufferTests
{
    private const int Cap = 64 * 1024;

    [Fact]
    public async Task A_body_exactly_at_the_cap_is_read_whole()
    {
        using var buffer = await ResponseBuffer.ReadAsync(Content(Cap, declared: null), Cap, "GetPositions", default);

        buffer.Length.Should().Be(Cap);
    }

    [Fact]
    public async Task One_byte_over_the_cap_fails_with_a_response_exception_naming_the_option()
    {
        var act = () => ResponseBuffer.ReadAsync(Content(Cap + 1, declared: null), Cap, "GetPositions", default);

        var error = (await act.Should().ThrowAsync<HireflixResponseException>()).Which;
        error.Message.Should().Contain("MaxResponseSize").And.Contain("GetPositions");
        error.OperationName.Should().Be("GetPositions");
    }

    [Fact]
    public async Task A_huge_declared_length_with_a_small_body_reads_the_small_body()
    {
        using var buffer = await ResponseBuffer.ReadAsync(Content(25, declared: 1_000_000_000), HireflixClientOptions.DefaultMaxResponseSize, null, default);

        buffer.Length.Should().Be(25);
    }

    /// <summary>A stream body that declares <paramref name="declared"/> (the handler would enforce it; this content does not).</summary>
    private static StreamContent Content(int length, long? declared)
    {
        var content = new StreamContent(new MemoryStream(new byte[length]));
        content.Headers.ContentLength = declared;
        return content;
    }
}
