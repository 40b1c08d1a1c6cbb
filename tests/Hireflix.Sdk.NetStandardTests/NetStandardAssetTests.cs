using System.Reflection;
using System.Runtime.Versioning;
using Hireflix.Sdk;

namespace Hireflix.Sdk.NetStandardTests;

/// <summary>Guards the point of this project: the linked end-to-end tests run the netstandard2.0 Hireflix.Sdk.</summary>
public class NetStandardAssetTests
{
    [Fact]
    public void The_loaded_sdk_is_the_netstandard20_build()
    {
        var framework = typeof(HireflixClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        framework.Should().Be(".NETStandard,Version=v2.0");
    }

    [Fact]
    public void One_hireflix_sdk_is_loaded_and_it_is_that_build()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Hireflix.Sdk").ToList();

        loaded.Should().ContainSingle().Which.Location.Should().Be(typeof(HireflixClient).Assembly.Location);
        typeof(HireflixFakeServer).Assembly.Should().BeSameAs(typeof(NetStandardAssetTests).Assembly,
            "the fake is compiled into this project against the netstandard2.0 build");
    }
}
