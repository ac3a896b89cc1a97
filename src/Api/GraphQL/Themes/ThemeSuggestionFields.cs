using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Themes;
using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>GraphQL type <c>ThemeSuggestion</c>: a theme the model proposes for an item, with its probability.</summary>
public sealed class ThemeSuggestionType : ObjectGraphType<ThemeSuggestion>
{
    public ThemeSuggestionType()
    {
        Name = "ThemeSuggestion";
        Description = "A theme suggested for an item by naive Bayes over Dutch stems, learnt from items editors tagged. Accept it with `assignThemes`.";
        Field<ThemeType>("theme").Description("The suggested theme.").Resolve(c => c.LoadById<Theme>(c.Source.ThemeId));
        Field(x => x.Score).Description("The model's probability of the theme for this item, 0 to 1.");
    }
}

/// <summary>Adds <c>suggestedThemes(first: Int = 3): [ThemeSuggestion!]!</c> to stories and ideas.</summary>
public static class ThemeSuggestionFields
{
    /// <summary>Most suggestions a field returns.</summary>
    public const int MaxFirst = 10;

    /// <summary>Adds the field over the item's <paramref name="tables"/>; batched per execution step (one statement).</summary>
    public static void SuggestedThemesField<T>(this ObjectGraphType<T> type, TaggedTables tables) where T : ContentEntity =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeSuggestionType>>>>("suggestedThemes")
            .Description($"Themes this item may be about, best first, leaving out themes it has (at most {MaxFirst}). Learnt from published items editors tagged.")
            .Argument<IntGraphType>("first", $"How many suggestions, 1 to {MaxFirst}.", a => a.DefaultValue = 3)
            .CostsAsAnalysis(0.5) // per item: its words against the model's terms (QueryCost)
            .Resolve(context =>
            {
                var first = context.GetArgument("first", 3);
                if (first is < 1 or > MaxFirst)
                    throw new ExecutionError($"`first` must be 1 to {MaxFirst}; it was {first}.") { Code = "SUGGESTIONS_FIRST_OUT_OF_RANGE" };
                var suggester = context.Service<ThemeSuggester>();
                return context.Service<DataLoaderRegistry>().GetOrAdd<int, List<ThemeSuggestion>>(
                    $"suggestedThemes:{tables.Table}:{first}",
                    () => new BatchLoader<int, List<ThemeSuggestion>>((ids, ct) => suggester.SuggestAsync(tables, ids, first, ct), []))
                    .Load(context.Source.Id);
            });
}
