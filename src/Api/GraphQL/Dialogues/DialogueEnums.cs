using Dialoogtafels.Domain.Dialogues;
using GraphQL.Types;

namespace Dialoogtafels.Api.GraphQL.Dialogues;

/// <summary>GraphQL enum <c>DialogueTrack { CITIZENS CIVIL_SOCIETY SCIENCE LOCAL COMMUNITY_BUDGET }</c>.</summary>
public sealed class DialogueTrackType : EnumerationGraphType<DialogueTrack>
{
    public DialogueTrackType()
    {
        Name = "DialogueTrack";
        Description = "The strand of the programme: burgerdialogen, middenveld, wetenschap en pioniers, lokaal, or an imported participatory budget.";
    }
}

/// <summary>GraphQL enum <c>DialoguePhase { EXPLORATION THEME }</c>.</summary>
public sealed class DialoguePhaseType : EnumerationGraphType<DialoguePhase>
{
    public DialoguePhaseType()
    {
        Name = "DialoguePhase";
        Description = "Verkenningsdialogen (EXPLORATION) or themadialogen (THEME).";
    }
}
