/**
 * Where `npm run build` sends Astro's log: Astro's own terminal output, less
 * the reports of a component prop error, which the build prints itself once
 * as the editor's message (file:line, component, value, nearest values)
 * without Astro's stack trace. Loaded by Astro as a logger entrypoint.
 */
import nodeLog from 'astro/logger/node';

type Destination = ReturnType<typeof nodeLog>;
type Event = Parameters<Destination['write']>[0];

export default function buildLog(config?: Parameters<typeof nodeLog>[0]): Destination {
  const node = nodeLog(config);
  return {
    ...node,
    write(event: Event) {
      if (event.level === 'error' && event.message.includes('ComponentPropError')) return;
      node.write(event);
    },
  };
}
