// Well-known keys of other Kafka components, so a producer config that contains them can be told
// "this belongs elsewhere" instead of "unknown key". Keys the producer itself accepts are never listed
// here, unless the producer took the key over in a later version (client.rack, a producer key from 4.4):
// otherComponentKey(key, version) then reports it only for the versions before. Notes are short, in English and Korean.
export type OtherComponent = 'consumer' | 'broker' | 'topic' | 'admin' | 'streams' | 'connect';

type Entry = { component: OtherComponent; note: { en: string; ko: string } };

const consumer = /* @__NO_SIDE_EFFECTS__ */ (en: string, ko: string): Entry => ({ component: 'consumer', note: { en, ko } });
const broker = /* @__NO_SIDE_EFFECTS__ */ (en: string, ko: string): Entry => ({ component: 'broker', note: { en, ko } });
const topic = /* @__NO_SIDE_EFFECTS__ */ (en: string, ko: string): Entry => ({ component: 'topic', note: { en, ko } });
const admin = /* @__NO_SIDE_EFFECTS__ */ (en: string, ko: string): Entry => ({ component: 'admin', note: { en, ko } });
const streams = /* @__NO_SIDE_EFFECTS__ */ (en: string, ko: string): Entry => ({ component: 'streams', note: { en, ko } });
const connect = /* @__NO_SIDE_EFFECTS__ */ (en: string, ko: string): Entry => ({ component: 'connect', note: { en, ko } });

export const OTHER_COMPONENT_KEYS: Readonly<Record<string, Entry>> = {
  // consumer
  'group.id': consumer('Consumer group membership; producers have no group. For transactions use transactional.id.', '컨슈머 그룹 멤버십입니다. 프로듀서에는 그룹이 없습니다. 트랜잭션에는 transactional.id를 쓰세요.'),
  'group.instance.id': consumer('Static consumer group membership; a producer ignores it.', '정적 컨슈머 그룹 멤버십입니다. 프로듀서는 무시합니다.'),
  'group.protocol': consumer('Chooses the consumer rebalance protocol (classic / consumer).', '컨슈머 리밸런스 프로토콜(classic / consumer)을 고릅니다.'),
  'group.remote.assignor': consumer('Server-side assignor for the new consumer protocol.', '새 컨슈머 프로토콜의 서버 쪽 할당자입니다.'),
  'auto.offset.reset': consumer('Where a consumer starts when it has no committed offset; producers do not read.', '커밋된 오프셋이 없을 때 컨슈머가 읽기 시작할 위치입니다. 프로듀서는 읽지 않습니다.'),
  'enable.auto.commit': consumer('Automatic offset commits are a consumer feature.', '자동 오프셋 커밋은 컨슈머 기능입니다.'),
  'auto.commit.interval.ms': consumer('Interval of automatic offset commits (consumer).', '자동 오프셋 커밋 간격입니다(컨슈머).'),
  'key.deserializer': consumer('Deserializers are for consumers; a producer needs key.serializer.', '디시리얼라이저는 컨슈머용입니다. 프로듀서에는 key.serializer가 필요합니다.'),
  'value.deserializer': consumer('Deserializers are for consumers; a producer needs value.serializer.', '디시리얼라이저는 컨슈머용입니다. 프로듀서에는 value.serializer가 필요합니다.'),
  'isolation.level': consumer('read_committed / read_uncommitted is chosen by the reading consumer, not the transactional producer.', 'read_committed / read_uncommitted는 트랜잭션 프로듀서가 아니라 읽는 컨슈머가 고릅니다.'),
  'max.poll.records': consumer('Records per poll() (consumer).', 'poll() 한 번에 받는 레코드 수입니다(컨슈머).'),
  'max.poll.interval.ms': consumer('Maximum time between poll() calls (consumer).', 'poll() 호출 사이의 최대 시간입니다(컨슈머).'),
  'session.timeout.ms': consumer('Group session timeout (consumer).', '그룹 세션 타임아웃입니다(컨슈머).'),
  'heartbeat.interval.ms': consumer('Group heartbeat interval (consumer).', '그룹 하트비트 간격입니다(컨슈머).'),
  'fetch.min.bytes': consumer('Fetch sizing is a consumer setting; for producer batching see batch.size and linger.ms.', '페치 크기는 컨슈머 설정입니다. 프로듀서 배치는 batch.size와 linger.ms를 보세요.'),
  'fetch.max.bytes': consumer('Fetch sizing is a consumer setting; the producer limit is max.request.size.', '페치 크기는 컨슈머 설정입니다. 프로듀서 쪽 한도는 max.request.size입니다.'),
  'fetch.max.wait.ms': consumer('Fetch wait is a consumer setting; the producer counterpart is linger.ms.', '페치 대기는 컨슈머 설정입니다. 프로듀서 쪽에 해당하는 것은 linger.ms입니다.'),
  'max.partition.fetch.bytes': consumer('Per-partition fetch size (consumer).', '파티션당 페치 크기입니다(컨슈머).'),
  'partition.assignment.strategy': consumer('How a consumer group divides partitions; the producer uses partitioner.class.', '컨슈머 그룹이 파티션을 나누는 방법입니다. 프로듀서는 partitioner.class를 씁니다.'),
  'allow.auto.create.topics': consumer('Consumer-side topic auto-creation switch; producers rely on the broker setting auto.create.topics.enable.', '컨슈머 쪽 토픽 자동 생성 스위치입니다. 프로듀서는 브로커 설정 auto.create.topics.enable에 따릅니다.'),
  'exclude.internal.topics': consumer('Consumer subscription filter.', '컨슈머 구독 필터입니다.'),
  'check.crcs': consumer('CRC checking of fetched records (consumer).', '가져온 레코드의 CRC 검사입니다(컨슈머).'),
  'client.rack': consumer('Rack id for fetching from the closest replica (consumer).', '가장 가까운 복제본에서 가져오기 위한 랙 ID입니다(컨슈머).'),
  'default.api.timeout.ms': consumer('Timeout for consumer (and admin) API calls; the producer uses max.block.ms and delivery.timeout.ms.', '컨슈머(와 admin) API 호출의 타임아웃입니다. 프로듀서는 max.block.ms와 delivery.timeout.ms를 씁니다.'),
  'enable.auto.offset.store': consumer('A librdkafka consumer option.', 'librdkafka 컨슈머 옵션입니다.'),
  // broker
  'broker.id': broker('Identifies a broker (server.properties).', '브로커를 식별합니다(server.properties).'),
  'node.id': broker('Identifies a KRaft node (server.properties).', 'KRaft 노드를 식별합니다(server.properties).'),
  'process.roles': broker('KRaft role of a server.', '서버의 KRaft 역할입니다.'),
  'listeners': broker('Addresses a broker listens on; the producer connects via bootstrap.servers.', '브로커가 듣는 주소입니다. 프로듀서는 bootstrap.servers로 접속합니다.'),
  'advertised.listeners': broker('Addresses a broker hands out; the producer connects via bootstrap.servers.', '브로커가 알려 주는 주소입니다. 프로듀서는 bootstrap.servers로 접속합니다.'),
  'listener.security.protocol.map': broker('Broker listener protocols; the producer uses security.protocol.', '브로커 리스너의 프로토콜입니다. 프로듀서는 security.protocol을 씁니다.'),
  'inter.broker.listener.name': broker('Broker-to-broker listener.', '브로커 사이의 리스너입니다.'),
  'controller.listener.names': broker('KRaft controller listeners.', 'KRaft 컨트롤러 리스너입니다.'),
  'controller.quorum.voters': broker('KRaft controller quorum (server.properties).', 'KRaft 컨트롤러 쿼럼입니다(server.properties).'),
  'controller.quorum.bootstrap.servers': broker('KRaft controller bootstrap (server.properties).', 'KRaft 컨트롤러 부트스트랩입니다(server.properties).'),
  'zookeeper.connect': broker('ZooKeeper address of a broker (removed in 4.0); producers never talk to ZooKeeper.', '브로커의 ZooKeeper 주소입니다(4.0에서 제거). 프로듀서는 ZooKeeper와 통신하지 않습니다.'),
  'log.dirs': broker('Where a broker stores data.', '브로커가 데이터를 저장하는 곳입니다.'),
  'log.dir': broker('Where a broker stores data.', '브로커가 데이터를 저장하는 곳입니다.'),
  'num.partitions': broker('Partition count for auto-created topics (broker).', '자동 생성 토픽의 파티션 수입니다(브로커).'),
  'default.replication.factor': broker('Replication factor for auto-created topics (broker).', '자동 생성 토픽의 복제 계수입니다(브로커).'),
  'auto.create.topics.enable': broker('Whether the broker creates topics on first use.', '처음 쓸 때 브로커가 토픽을 만들지 정합니다.'),
  'delete.topic.enable': broker('Broker switch for topic deletion.', '토픽 삭제를 허용하는 브로커 스위치입니다.'),
  'log.retention.hours': broker('Broker-wide retention; per topic use retention.ms.', '브로커 전체의 보존 기간입니다. 토픽별로는 retention.ms를 쓰세요.'),
  'log.retention.ms': broker('Broker-wide retention.', '브로커 전체의 보존 기간입니다.'),
  'log.retention.bytes': broker('Broker-wide retention by size.', '브로커 전체의 크기 기준 보존입니다.'),
  'log.segment.bytes': broker('Broker-wide segment size.', '브로커 전체의 세그먼트 크기입니다.'),
  'message.max.bytes': broker('Largest record batch the broker accepts; keep the producer max.request.size consistent with it.', '브로커가 받는 가장 큰 레코드 배치입니다. 프로듀서의 max.request.size를 이에 맞추세요.'),
  'replica.fetch.max.bytes': broker('Replication fetch size (broker).', '복제 페치 크기입니다(브로커).'),
  'num.network.threads': broker('Broker thread pool.', '브로커 스레드 풀입니다.'),
  'num.io.threads': broker('Broker thread pool.', '브로커 스레드 풀입니다.'),
  'socket.request.max.bytes': broker('Largest request a broker reads.', '브로커가 읽는 가장 큰 요청입니다.'),
  'offsets.topic.replication.factor': broker('Replication of __consumer_offsets (broker).', '__consumer_offsets의 복제 계수입니다(브로커).'),
  'transaction.state.log.replication.factor': broker('Replication of __transaction_state (broker).', '__transaction_state의 복제 계수입니다(브로커).'),
  'transaction.state.log.min.isr': broker('min.insync.replicas of __transaction_state (broker).', '__transaction_state의 min.insync.replicas입니다(브로커).'),
  'transaction.max.timeout.ms': broker('Upper bound the broker puts on a producer\'s transaction.timeout.ms.', '브로커가 프로듀서의 transaction.timeout.ms에 두는 상한입니다.'),
  'transactional.id.expiration.ms': broker('How long the broker keeps an idle transactional id.', '쓰이지 않는 트랜잭션 ID를 브로커가 보관하는 기간입니다.'),
  'producer.id.expiration.ms': broker('How long the broker keeps idempotent producer state.', '멱등 프로듀서의 상태를 브로커가 보관하는 기간입니다.'),
  'unclean.leader.election.enable': broker('Broker/topic durability switch; acks cannot override it.', '브로커/토픽의 내구성 스위치입니다. acks로 바꿀 수 없습니다.'),
  'group.initial.rebalance.delay.ms': broker('Consumer group coordinator setting (broker).', '컨슈머 그룹 코디네이터 설정입니다(브로커).'),
  // topic
  'min.insync.replicas': topic('Topic/broker setting that acks=all relies on: with acks=all a write needs this many in-sync replicas. Set it on the topic, not the producer.', 'acks=all이 기대는 토픽/브로커 설정입니다. acks=all이면 쓰기에 이만큼의 동기화된 복제본이 필요합니다. 프로듀서가 아니라 토픽에 설정하세요.'),
  'cleanup.policy': topic('delete / compact, per topic.', 'delete / compact, 토픽별 설정입니다.'),
  'retention.ms': topic('How long a topic keeps data.', '토픽이 데이터를 보관하는 기간입니다.'),
  'retention.bytes': topic('How much data a partition keeps.', '파티션이 보관하는 데이터 양입니다.'),
  'segment.bytes': topic('Segment size of a topic.', '토픽의 세그먼트 크기입니다.'),
  'segment.ms': topic('Segment roll time of a topic.', '토픽의 세그먼트 교체 시간입니다.'),
  'max.message.bytes': topic('Largest record batch the topic accepts; the producer-side limit is max.request.size.', '토픽이 받는 가장 큰 레코드 배치입니다. 프로듀서 쪽 한도는 max.request.size입니다.'),
  'message.timestamp.type': topic('CreateTime / LogAppendTime, per topic.', 'CreateTime / LogAppendTime, 토픽별 설정입니다.'),
  'min.compaction.lag.ms': topic('Compaction timing, per topic.', '컴팩션 시점, 토픽별 설정입니다.'),
  'delete.retention.ms': topic('Tombstone retention of a compacted topic.', '컴팩션 토픽에서 툼스톤을 보관하는 기간입니다.'),
  'replication.factor': topic('Chosen when a topic is created (kafka-topics --replication-factor), not by producers.', '프로듀서가 아니라 토픽을 만들 때 정합니다(kafka-topics --replication-factor).'),
  'partitions': topic('Chosen when a topic is created (kafka-topics --partitions), not by producers.', '프로듀서가 아니라 토픽을 만들 때 정합니다(kafka-topics --partitions).'),
  // admin
  'bootstrap.controllers': admin('Admin client connection to KRaft controllers; the producer needs bootstrap.servers.', 'KRaft 컨트롤러에 대한 admin 클라이언트 연결입니다. 프로듀서에는 bootstrap.servers가 필요합니다.'),
  // streams
  'application.id': streams('Kafka Streams application id.', 'Kafka Streams 애플리케이션 ID입니다.'),
  'num.stream.threads': streams('Kafka Streams threads.', 'Kafka Streams 스레드 수입니다.'),
  'processing.guarantee': streams('Kafka Streams exactly-once switch; a plain producer uses enable.idempotence and transactional.id.', 'Kafka Streams의 exactly-once 스위치입니다. 일반 프로듀서는 enable.idempotence와 transactional.id를 씁니다.'),
  'state.dir': streams('Kafka Streams state directory.', 'Kafka Streams 상태 디렉터리입니다.'),
  'default.key.serde': streams('Kafka Streams serde; a producer needs key.serializer.', 'Kafka Streams serde입니다. 프로듀서에는 key.serializer가 필요합니다.'),
  'default.value.serde': streams('Kafka Streams serde; a producer needs value.serializer.', 'Kafka Streams serde입니다. 프로듀서에는 value.serializer가 필요합니다.'),
  'commit.interval.ms': streams('Kafka Streams commit interval.', 'Kafka Streams 커밋 간격입니다.'),
  'cache.max.bytes.buffering': streams('Kafka Streams record cache.', 'Kafka Streams 레코드 캐시입니다.'),
  'statestore.cache.max.bytes': streams('Kafka Streams record cache.', 'Kafka Streams 레코드 캐시입니다.'),
  'topology.optimization': streams('Kafka Streams topology optimization.', 'Kafka Streams 토폴로지 최적화입니다.'),
  // connect
  'key.converter': connect('Kafka Connect converter; a producer needs key.serializer.', 'Kafka Connect 컨버터입니다. 프로듀서에는 key.serializer가 필요합니다.'),
  'value.converter': connect('Kafka Connect converter; a producer needs value.serializer.', 'Kafka Connect 컨버터입니다. 프로듀서에는 value.serializer가 필요합니다.'),
  'offset.storage.topic': connect('Kafka Connect worker setting.', 'Kafka Connect 워커 설정입니다.'),
  'config.storage.topic': connect('Kafka Connect worker setting.', 'Kafka Connect 워커 설정입니다.'),
  'status.storage.topic': connect('Kafka Connect worker setting.', 'Kafka Connect 워커 설정입니다.'),
  'plugin.path': connect('Kafka Connect worker setting.', 'Kafka Connect 워커 설정입니다.'),
  'connector.class': connect('Kafka Connect connector setting.', 'Kafka Connect 커넥터 설정입니다.'),
  'tasks.max': connect('Kafka Connect connector setting.', 'Kafka Connect 커넥터 설정입니다.'),
  'offset.flush.interval.ms': connect('Kafka Connect worker setting.', 'Kafka Connect 워커 설정입니다.'),
};
