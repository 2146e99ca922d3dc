namespace CasuistiekBot.Commands;

/// <summary>
/// A command of the executable for administrators and evaluation (<c>scrub</c>, <c>erase</c>, ...), run on the app's
/// services without the web host. Each slice registers its own with
/// <see cref="AdminCommandServiceCollectionExtensions.AddAdminCommand{TCommand}"/>.
/// </summary>
internal interface IAdminCommand
{
    /// <summary>The exit code: 0 when done, 2 when the command line is not right; what 1 means is the command's to say.</summary>
    Task<int> RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken);
}
