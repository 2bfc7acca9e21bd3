// Well-known keys of other Kafka components, so a producer config that contains them can be told
// "this belongs elsewhere" instead of "unknown key". Keys the producer itself accepts are never listed
// here, unless the producer took the key over in a later version (client.rack, a producer key from 4.4):
// otherComponentKey(key, version) then reports it only for the versions before. Notes are short, in English.
export type OtherComponent = 'consumer' | 'broker' | 'topic' | 'admin' | 'streams' | 'connect';

type Entry = { component: OtherComponent; note: string };

const consumer = /* @__NO_SIDE_EFFECTS__ */ (note: string): Entry => ({ component: 'consumer', note });
const broker = /* @__NO_SIDE_EFFECTS__ */ (note: string): Entry => ({ component: 'broker', note });
const topic = /* @__NO_SIDE_EFFECTS__ */ (note: string): Entry => ({ component: 'topic', note });
const admin = /* @__NO_SIDE_EFFECTS__ */ (note: string): Entry => ({ component: 'admin', note });
const streams = /* @__NO_SIDE_EFFECTS__ */ (note: string): Entry => ({ component: 'streams', note });
const connect = /* @__NO_SIDE_EFFECTS__ */ (note: string): Entry => ({ component: 'connect', note });

export const OTHER_COMPONENT_KEYS: Readonly<Record<string, Entry>> = {
  // consumer
  'group.id': consumer('Consumer group membership; producers have no group. For transactions use transactional.id.'),
  'group.instance.id': consumer('Static consumer group membership; a producer ignores it.'),
  'group.protocol': consumer('Chooses the consumer rebalance protocol (classic / consumer).'),
  'group.remote.assignor': consumer('Server-side assignor for the new consumer protocol.'),
  'auto.offset.reset': consumer('Where a consumer starts when it has no committed offset; producers do not read.'),
  'enable.auto.commit': consumer('Automatic offset commits are a consumer feature.'),
  'auto.commit.interval.ms': consumer('Interval of automatic offset commits (consumer).'),
  'key.deserializer': consumer('Deserializers are for consumers; a producer needs key.serializer.'),
  'value.deserializer': consumer('Deserializers are for consumers; a producer needs value.serializer.'),
  'isolation.level': consumer('read_committed / read_uncommitted is chosen by the reading consumer, not the transactional producer.'),
  'max.poll.records': consumer('Records per poll() (consumer).'),
  'max.poll.interval.ms': consumer('Maximum time between poll() calls (consumer).'),
  'session.timeout.ms': consumer('Group session timeout (consumer).'),
  'heartbeat.interval.ms': consumer('Group heartbeat interval (consumer).'),
  'fetch.min.bytes': consumer('Fetch sizing is a consumer setting; for producer batching see batch.size and linger.ms.'),
  'fetch.max.bytes': consumer('Fetch sizing is a consumer setting; the producer limit is max.request.size.'),
  'fetch.max.wait.ms': consumer('Fetch wait is a consumer setting; the producer counterpart is linger.ms.'),
  'max.partition.fetch.bytes': consumer('Per-partition fetch size (consumer).'),
  'partition.assignment.strategy': consumer('How a consumer group divides partitions; the producer uses partitioner.class.'),
  'allow.auto.create.topics': consumer('Consumer-side topic auto-creation switch; producers rely on the broker setting auto.create.topics.enable.'),
  'exclude.internal.topics': consumer('Consumer subscription filter.'),
  'check.crcs': consumer('CRC checking of fetched records (consumer).'),
  'client.rack': consumer('Rack id for fetching from the closest replica (consumer).'),
  'default.api.timeout.ms': consumer('Timeout for consumer (and admin) API calls; the producer uses max.block.ms and delivery.timeout.ms.'),
  'enable.auto.offset.store': consumer('A librdkafka consumer option.'),
  // broker
  'broker.id': broker('Identifies a broker (server.properties).'),
  'node.id': broker('Identifies a KRaft node (server.properties).'),
  'process.roles': broker('KRaft role of a server.'),
  'listeners': broker('Addresses a broker listens on; the producer connects via bootstrap.servers.'),
  'advertised.listeners': broker('Addresses a broker hands out; the producer connects via bootstrap.servers.'),
  'listener.security.protocol.map': broker('Broker listener protocols; the producer uses security.protocol.'),
  'inter.broker.listener.name': broker('Broker-to-broker listener.'),
  'controller.listener.names': broker('KRaft controller listeners.'),
  'controller.quorum.voters': broker('KRaft controller quorum (server.properties).'),
  'controller.quorum.bootstrap.servers': broker('KRaft controller bootstrap (server.properties).'),
  'zookeeper.connect': broker('ZooKeeper address of a broker (removed in 4.0); producers never talk to ZooKeeper.'),
  'log.dirs': broker('Where a broker stores data.'),
  'log.dir': broker('Where a broker stores data.'),
  'num.partitions': broker('Partition count for auto-created topics (broker).'),
  'default.replication.factor': broker('Replication factor for auto-created topics (broker).'),
  'auto.create.topics.enable': broker('Whether the broker creates topics on first use.'),
  'delete.topic.enable': broker('Broker switch for topic deletion.'),
  'log.retention.hours': broker('Broker-wide retention; per topic use retention.ms.'),
  'log.retention.ms': broker('Broker-wide retention.'),
  'log.retention.bytes': broker('Broker-wide retention by size.'),
  'log.segment.bytes': broker('Broker-wide segment size.'),
  'message.max.bytes': broker('Largest record batch the broker accepts; keep the producer max.request.size consistent with it.'),
  'replica.fetch.max.bytes': broker('Replication fetch size (broker).'),
  'num.network.threads': broker('Broker thread pool.'),
  'num.io.threads': broker('Broker thread pool.'),
  'socket.request.max.bytes': broker('Largest request a broker reads.'),
  'offsets.topic.replication.factor': broker('Replication of __consumer_offsets (broker).'),
  'transaction.state.log.replication.factor': broker('Replication of __transaction_state (broker).'),
  'transaction.state.log.min.isr': broker('min.insync.replicas of __transaction_state (broker).'),
  'transaction.max.timeout.ms': broker('Upper bound the broker puts on a producer\'s transaction.timeout.ms.'),
  'transactional.id.expiration.ms': broker('How long the broker keeps an idle transactional id.'),
  'producer.id.expiration.ms': broker('How long the broker keeps idempotent producer state.'),
  'unclean.leader.election.enable': broker('Broker/topic durability switch; acks cannot override it.'),
  'group.initial.rebalance.delay.ms': broker('Consumer group coordinator setting (broker).'),
  // topic
  'min.insync.replicas': topic('Topic/broker setting that acks=all relies on: with acks=all a write needs this many in-sync replicas. Set it on the topic, not the producer.'),
  'cleanup.policy': topic('delete / compact, per topic.'),
  'retention.ms': topic('How long a topic keeps data.'),
  'retention.bytes': topic('How much data a partition keeps.'),
  'segment.bytes': topic('Segment size of a topic.'),
  'segment.ms': topic('Segment roll time of a topic.'),
  'max.message.bytes': topic('Largest record batch the topic accepts; the producer-side limit is max.request.size.'),
  'message.timestamp.type': topic('CreateTime / LogAppendTime, per topic.'),
  'min.compaction.lag.ms': topic('Compaction timing, per topic.'),
  'delete.retention.ms': topic('Tombstone retention of a compacted topic.'),
  'replication.factor': topic('Chosen when a topic is created (kafka-topics --replication-factor), not by producers.'),
  'partitions': topic('Chosen when a topic is created (kafka-topics --partitions), not by producers.'),
  // admin
  'bootstrap.controllers': admin('Admin client connection to KRaft controllers; the producer needs bootstrap.servers.'),
  // streams
  'application.id': streams('Kafka Streams application id.'),
  'num.stream.threads': streams('Kafka Streams threads.'),
  'processing.guarantee': streams('Kafka Streams exactly-once switch; a plain producer uses enable.idempotence and transactional.id.'),
  'state.dir': streams('Kafka Streams state directory.'),
  'default.key.serde': streams('Kafka Streams serde; a producer needs key.serializer.'),
  'default.value.serde': streams('Kafka Streams serde; a producer needs value.serializer.'),
  'commit.interval.ms': streams('Kafka Streams commit interval.'),
  'cache.max.bytes.buffering': streams('Kafka Streams record cache.'),
  'statestore.cache.max.bytes': streams('Kafka Streams record cache.'),
  'topology.optimization': streams('Kafka Streams topology optimization.'),
  // connect
  'key.converter': connect('Kafka Connect converter; a producer needs key.serializer.'),
  'value.converter': connect('Kafka Connect converter; a producer needs value.serializer.'),
  'offset.storage.topic': connect('Kafka Connect worker setting.'),
  'config.storage.topic': connect('Kafka Connect worker setting.'),
  'status.storage.topic': connect('Kafka Connect worker setting.'),
  'plugin.path': connect('Kafka Connect worker setting.'),
  'connector.class': connect('Kafka Connect connector setting.'),
  'tasks.max': connect('Kafka Connect connector setting.'),
  'offset.flush.interval.ms': connect('Kafka Connect worker setting.'),
};
