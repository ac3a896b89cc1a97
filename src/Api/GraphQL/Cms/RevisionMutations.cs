using Dialoogtafels.Api.Data;
using Dialoogtafels.Api.Data.Catalog;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>Mutation <c>restoreRevision</c>: brings back a saved state of any edited item as its new draft.</summary>
/// <param name="catalog">The entities of the schema: the item's type comes from its global id.</param>
public sealed class RevisionMutations(EntityCatalog catalog) : IMutationFields
{
    /// <inheritdoc />
    public void AddTo(ObjectGraphType mutation)
    {
        var restore = MutationTypes.ForItem("RestoreRevisionInput", "The item, the version you read and the revision to bring back.",
            versionRequired: true, ("revision", new NonNullGraphType(new GraphQLTypeReference("Int")), "The revision's number."));
        ContentMutations.Mutation(mutation, "restoreRevision", restore, "node", new GraphQLTypeReference("Node"),
            "Brings back the content of a revision as a new draft of its item (a published item keeps its public version until published).",
            (context, values, writer) => RestoreAsync(writer, (string)values["id"]!, (int)values["expectedVersion"]!, (int)values["revision"]!, context.CancellationToken));
    }

    private Task<WriteResult> RestoreAsync(ContentWriter writer, string id, int expectedVersion, int revision, CancellationToken ct)
    {
        var fields = GlobalId.TryDecode(id, out var typeName, out _) ? catalog.FindByTypeName(typeName)?.Editing : null;
        if (fields is null) return Task.FromResult(WriteResult.Failed(new NotFoundProblem(id, $"There is no item with id {id}.")));
        var method = typeof(ContentWriter).GetMethod(nameof(ContentWriter.RestoreRevisionAsync))!.MakeGenericMethod(fields.EntityType);
        return (Task<WriteResult>)method.Invoke(writer, [fields, id, expectedVersion, revision, ct])!;
    }
}
