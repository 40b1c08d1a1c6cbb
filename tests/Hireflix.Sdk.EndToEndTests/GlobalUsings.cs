global using Hireflix.Sdk.EndToEndTests.Infrastructure;
global using Hireflix.Sdk.Models;
global using Hireflix.Sdk.Testing;
