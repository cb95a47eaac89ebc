using System.Diagnostics;
using System.Text;
using Spectre.Console;

namespace DiplomacyGraph.Host.Terminal;

/// <summary>
/// Shows a long step that reports itself as lines of text (installing Java, downloading and unpacking Neo4j,
/// starting it). On a terminal: each line is printed and a spinner with the latest line and the elapsed seconds
/// runs below it until the step ends. Otherwise: just the lines.
/// </summary>
public static class StepProgress
{
    public static async Task<T> RunAsync<T>(string title, Func<TextWriter, Task<T>> step)
    {
        if (!TerminalSettings.IsInteractive)
        {
            return await step(Console.Out);
        }

        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(title), async context =>
        {
            using var lines = new SpinnerLineWriter(context, title);
            return await step(lines);
        });
    }

    /// <summary>Prints each complete line above the spinner and shows it, with the elapsed time, beside the spinner.</summary>
    private sealed class SpinnerLineWriter : TextWriter
    {
        private readonly StatusContext _context;
        private readonly StringBuilder _line = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Timer _ticker;
        private string _current;

        public SpinnerLineWriter(StatusContext context, string title)
        {
            _context = context;
            _current = title;
            _ticker = new Timer(_ => Show(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_line)
            {
                if (value == '\n')
                {
                    var line = _line.ToString().TrimEnd('\r');
                    _line.Clear();
                    AnsiConsole.Console.WriteLine(line);
                    _current = line.TrimEnd('.', ' ');
                    Show();
                }
                else
                {
                    _line.Append(value);
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _ticker.Dispose();
                lock (_line)
                {
                    if (_line.Length > 0)
                    {
                        AnsiConsole.Console.WriteLine(_line.ToString());
                    }
                }
            }

            base.Dispose(disposing);
        }

        private void Show() => _context.Status = Markup.Escape($"{_current} ({_clock.Elapsed.TotalSeconds:F0} s)");
    }
}
