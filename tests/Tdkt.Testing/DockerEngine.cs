using System.Diagnostics;

namespace Tdkt.Testing;

/// <summary>
/// Whether a Docker engine answers here, asked the way tests/rig/servers.sh asks it (<c>docker info</c>), so the
/// script and the fixtures agree on who starts the servers. A client without an engine (these machines) fails fast.
/// </summary>
public static class DockerEngine
{
    private static readonly Lazy<bool> Answer = new(Ask);

    public static bool Answers() => Answer.Value;

    private static bool Ask()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            if (docker is null) return false;
            _ = docker.StandardOutput.ReadToEndAsync();
            _ = docker.StandardError.ReadToEndAsync();
            if (docker.WaitForExit(TimeSpan.FromSeconds(10))) return docker.ExitCode == 0;
            docker.Kill(entireProcessTree: true);
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker client at all
        }
    }
}
