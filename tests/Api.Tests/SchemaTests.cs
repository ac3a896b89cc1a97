using Dialoogtafels.Api.Tests.Support;
using Dialoogtafels.Testing;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Dialoogtafels.Api.Tests;

/// <summary>The schema's SDL: snapshotted, and equal to the exported <c>schema/schema.graphql</c>.</summary>
public class SchemaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private string Sdl => api.Services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";

    [Fact]
    public void Schema_matches_its_snapshot() => Snapshot.Match(Sdl);

    /// <summary>
    /// Fails when <c>schema/schema.graphql</c> differs from the running schema. Run the tests with
    /// <c>UPDATE_SCHEMA=1</c> to rewrite the file, then commit it.
    /// </summary>
    [Fact]
    public void Exported_schema_file_is_up_to_date()
    {
        var path = Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Sdl);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_SCHEMA=1.");
        Assert.Equal(Sdl, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }
}
