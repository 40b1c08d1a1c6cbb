using System.Reflection;

namespace Hireflix.Sdk.Tests.Registration;

/// <summary>The options live in one class: a new option that the client's copy or ToString forgets fails here, not in a user's client.</summary>
public sealed class OptionsCopyTests
{
    private static readonly PropertyInfo[] Settable = typeof(HireflixClientOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .ToArray();

    [Fact]
    public void The_clients_copy_holds_every_settable_option_and_ignores_later_changes()
    {
        var source = NonDefault();

        var target = source.Clone();

        Settable.Should().HaveCountGreaterThan(7);
        foreach (var property in Settable)
        {
            property.GetValue(target).Should().Be(property.GetValue(source), property.Name);
        }

        source.ApiKey = "changed-later";
        target.ApiKey.Should().Be("copy-me-key");
    }

    [Fact]
    public void ToString_names_every_option_and_hides_the_key()
    {
        var text = NonDefault().ToString();

        foreach (var property in Settable)
        {
            text.Should().Contain(property.Name + " = ");
        }

        text.Should().NotContain("copy-me-key");
    }

    /// <summary>Every settable option at a value no default has, so one that is not copied or printed shows.</summary>
    private static HireflixClientOptions NonDefault()
    {
        var options = new HireflixClientOptions();
        foreach (var property in Settable)
        {
            object value = property.PropertyType switch
            {
                var t when t == typeof(string) => property.Name == nameof(HireflixClientOptions.ApiKey) ? "copy-me-key" : "copy-me-" + property.Name,
                var t when t == typeof(Uri) => new Uri("https://hireflix.example/" + property.Name),
                var t when t == typeof(TimeSpan) => TimeSpan.FromMilliseconds(1000 + property.Name.Length),
                var t when t == typeof(int) => 4096 + property.Name.Length,
                var t when t == typeof(bool) => !(bool)property.GetValue(options)!,
                var t => throw new InvalidOperationException($"Give {property.Name} ({t.Name}) a non-default value here."),
            };
            property.SetValue(options, value);
        }

        return options;
    }
}
