using Dialoogtafels.Api.Data.Statistics;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>Base of <c>IdeaCharacteristicTerm</c> and <c>StoryCharacteristicTerm</c>: a term, its score, its counts and example items.</summary>
/// <typeparam name="T">The entity of the examples.</typeparam>
/// <typeparam name="TType">The GraphQL type of the examples.</typeparam>
public abstract class CharacteristicTermType<T, TType> : ObjectGraphType<CharacteristicTerm>
    where T : ContentEntity
    where TType : IGraphType
{
    /// <summary>Declares the fields of the type named <paramref name="name"/> over <paramref name="plural"/> (e.g. "ideas").</summary>
    protected CharacteristicTermType(string name, string plural)
    {
        Name = name;
        Description = $"A Dutch term characteristic of a slice of {plural} (see the `…CharacteristicTerms` fields).";
        Field<NonNullGraphType<StringGraphType>>("term")
            .Description("The term as the `dutch` text-search configuration stems it (e.g. `fiets` for \"fietsen\"); the search argument finds it in any form.")
            .Resolve(c => c.Source.Term);
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Dunning's log-likelihood G² of the term in the slice against the rest (≥ 0; ≥ 3.84 is p < 0.05, ≥ 10.83 is p < 0.001).")
            .Resolve(c => c.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("countInSlice").Description($"Number of {plural} in the slice that contain the term.").Resolve(c => c.Source.CountInSlice);
        Field<NonNullGraphType<IntGraphType>>("countInCorpus")
            .Description($"Number of all {plural} you may see that contain the term, the slice included.")
            .Resolve(c => c.Source.CountInCorpus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TType>>>>("examples")
            .Description($"Up to {CharacteristicTerms.ExamplesPerTerm} {plural} of the slice with the term, those using it most first (batched by id).")
            .Resolve(c => new LoadedItems<T>(c, c.Source.ExampleIds));
    }
}
