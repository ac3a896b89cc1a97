namespace Dialoogtafels.Domain.Ideas;

/// <summary>Who should act on an idea (programme-2021.md, "Analysis asked").</summary>
public enum ProposedActor
{
    /// <summary>De samenleving zelf: people take it up themselves.</summary>
    Society = 0,

    /// <summary>De overheid.</summary>
    Government = 1,

    /// <summary>Het middenveld: civil-society organisations.</summary>
    CivilSociety = 2,
}
