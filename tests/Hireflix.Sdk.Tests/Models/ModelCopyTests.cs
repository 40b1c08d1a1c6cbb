using System.Text.Json;
using Hireflix.Sdk.Models;

namespace Hireflix.Sdk.Tests.Models;

/// <summary>A model built from the one it derives from keeps what the response said beyond the values (absent fields, dateless timestamps).</summary>
public sealed class ModelCopyTests
{
    [Fact]
    public void An_interview_built_from_a_read_summary_keeps_its_values_and_presence()
    {
        var json = """{"id":"68d4164f19367e041b2030c0","hash":"HQ2oCtTC","createdAt":1758806647378,"shortlistedAt":true}"""u8.ToArray();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var summary = InterviewSummary.ReadJson(ref reader);

        var interview = new Interview(summary) { Questions = [] };

        summary.WasOmitted("completed").Should().BeTrue("the answer had no completion field");
        interview.WasOmitted("completed").Should().BeTrue();
        interview.WasOmitted("hash").Should().BeFalse();
        interview.WasTrueWithoutDate("shortlistedAt").Should().BeTrue();
        interview.Id.Should().Be(summary.Id);
        interview.Hash.Should().Be("HQ2oCtTC");
        interview.CreatedAt.Should().Be(summary.CreatedAt);
        interview.Stage.Should().Be(summary.Stage);
    }
}
