using System.Text.RegularExpressions;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL;
using Dialoogtafels.Api.GraphQL.Cms;
using Dialoogtafels.Api.GraphQL.Ideas;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Testing;
using GraphQL.Types;

namespace Dialoogtafels.Api.Tests;

/// <summary>
/// The feature registry (<see cref="Features"/>) is the one place the schema is made from: every graph
/// type is declared by a feature, every root field name stands in the source of its feature, and the
/// generated mutation names follow HotChocolate's <c>verbNoun</c> convention.
/// </summary>
public class FeatureRegistryTests
{
    [Fact]
    public void Every_graph_type_of_the_API_is_declared_by_a_feature()
    {
        var declared = Features.All.SelectMany(f => f.AllGraphTypes).ToHashSet();
        var graphTypes = typeof(Features).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IGraphType).IsAssignableFrom(t))
            .Where(t => !t.IsNested); // types built at run time (connections, payloads) are not classes of their own

        Assert.Empty(graphTypes.Where(t => !declared.Contains(t)).Select(t => t.FullName));
    }

    [Fact]
    public void Every_root_field_name_is_written_in_the_source()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "schema.graphql"));
        var source = string.Join("\n", Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(File.ReadAllText));
        var fields = Regex.Matches(schema, @"^type (Query|Mutation) \{(.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)
            .SelectMany(m => Regex.Matches(m.Groups[2].Value, @"^  ([a-zA-Z]+)[(:]", RegexOptions.Multiline).Select(f => f.Groups[1].Value))
            .ToList();

        Assert.True(fields.Count > 70, $"only {fields.Count} root fields found");
        var missing = fields.Where(f => !source.Contains($"\"{f}\"", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not written in src/: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_mutation_name_against_the_convention_is_refused_when_the_schema_is_built()
    {
        var catalog = new EntityCatalog(
        [
            new EntityDescriptor<Idea> { TypeName = IdeaFeature.TypeName, GraphType = typeof(IdeaType), Editing = new MisnamedIdeaEditing() },
        ]);

        var error = Assert.Throws<InvalidOperationException>(() => new ContentMutations(catalog).AddTo(new ObjectGraphType()));
        Assert.Contains("`makeIdea`", error.Message);
    }

    [Fact]
    public void The_catalogue_refuses_a_type_name_declared_twice()
    {
        var idea = new EntityDescriptor<Idea> { TypeName = "Idea", GraphType = typeof(IdeaType) };
        var again = new EntityDescriptor<Domain.Stories.Story> { TypeName = "Idea", GraphType = typeof(IdeaType) };

        Assert.Throws<ArgumentException>(() => new EntityCatalog([idea, again]));
    }

    private sealed class MisnamedIdeaEditing() : EditableFields<Idea>(IdeaFeature.TypeName, new ContentMutationNames(
        Create: "makeIdea", Update: "updateIdea", SubmitForReview: "submitForReviewIdea", Publish: "publishIdea",
        Unpublish: "unpublishIdea", Archive: "archiveIdea", Delete: "deleteIdea", Restore: "restoreIdea"));
}
