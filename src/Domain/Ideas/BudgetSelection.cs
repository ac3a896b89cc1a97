namespace Dialoogtafels.Domain.Ideas;

/// <summary>Outcome of a participatory-budget vote for an imported project (Pabulib <c>selected</c>: 0, 1, 2).</summary>
public enum BudgetSelection
{
    /// <summary>Not funded (0).</summary>
    NotSelected = 0,

    /// <summary>Funded (1).</summary>
    Selected = 1,

    /// <summary>Funded partially or with extra funds (2).</summary>
    SelectedWithAdjustment = 2,
}
