// 모든 프로듀서 키에 대한 한국어 문서 (이 프로젝트에서 직접 작성, markdown).
import type { KeyDoc } from '../model';

export const DOCS_KO: Record<string, KeyDoc> = {
  acks: {
    summary: '리더가 프로듀서에게 응답하기 전에 레코드를 받아야 하는 복제본 수.',
    body:
      '내구성을 정하는 설정입니다. `0`은 응답을 전혀 기다리지 않아 가장 빠르지만 유실돼도 알 수 없고 재시도도 의미가 없습니다. ' +
      '`1`은 파티션 리더만 기다리므로 응답 직후 리더가 죽으면 레코드가 사라질 수 있습니다. ' +
      '`all`은 모든 ISR 복제본이 받을 때까지 기다리며, 토픽의 `min.insync.replicas` ≥ 2와 함께 써야 브로커 하나를 잃어도 데이터가 남습니다. ' +
      '멱등성은 `acks=all`이 필요합니다. `acks=0`/`1`을 명시하면 멱등성을 명시적으로 켠 경우 프로듀서가 시작하지 못하고, 기본값에 맡긴 경우(3.0.1 / 3.1.1 / 3.2 이후) 멱등성이 조용히 꺼집니다.',
    values: '`all`과 `-1`은 같은 뜻입니다. `all`, `-1`, `0`, `1`만 허용되며 앞뒤 공백을 뺀 뒤 대소문자를 구분합니다. `ALL`은 거부됩니다.',
    history: 'Kafka 3.0(KIP-679)에서 기본값이 1에서 all로 바뀌었습니다.',
  },
  retries: {
    summary: '전송 실패 시 레코드를 실패로 보고하기 전까지 재시도하는 횟수.',
    body:
      '리더 변경이나 브로커 큐 포화 같은 일시적 오류를 넘기기 위한 설정입니다. 재시도는 횟수보다 시간으로 제한하는 것이 일반적이므로 기본값(매우 큼)을 두고 `delivery.timeout.ms`를 조정하세요. ' +
      '`retries=0`이면 첫 오류에서 포기합니다. 멱등성을 명시적으로 켠 상태에서는 설정 오류이고, 기본값에 맡긴 경우(3.0.1 / 3.1.1 / 3.2 이후) 멱등성이 조용히 꺼집니다. ' +
      '멱등성 없이 `max.in.flight.requests.per.connection` > 1과 함께 쓰면 순서가 뒤바뀔 수 있습니다.',
    values: '0부터 2147483647(Integer.MAX_VALUE, 기본값)까지의 정수.',
  },
  'max.in.flight.requests.per.connection': {
    summary: '브로커 연결마다 응답을 받지 않은 채 보낼 수 있는 요청 수.',
    body:
      '동시 요청이 많을수록 네트워크 지연이 가려져 처리량이 늘어납니다. 멱등성이 켜져 있으면 브로커가 최대 5개까지 순서를 지켜 주므로 기본값 5가 빠르면서도 순서를 보장합니다. ' +
      '5를 넘으면 멱등성을 유지할 수 없습니다. 3.x에서는 기본값 멱등성이 경고와 함께 꺼지고, 4.0부터는 `enable.idempotence=false`를 명시하지 않으면 ConfigException입니다. ' +
      '멱등성이 없으면 1보다 큰 값에서 재시도된 배치가 뒤의 배치를 앞지를 수 있습니다.',
    values: '1 이상의 정수. 멱등성 없이 엄격한 순서가 필요할 때만 1을 쓰세요.',
  },
  'delivery.timeout.ms': {
    summary: 'send()가 반환된 뒤 레코드가 확인되거나 실패할 때까지의 최대 시간.',
    body:
      '배치 대기(linger), 요청 슬롯 대기, 요청 자체와 모든 재시도를 포함합니다. 시간이 지나면 콜백에 TimeoutException이 전달됩니다. ' +
      '`linger.ms` + `request.timeout.ms` 이상이어야 합니다. 명시적으로 더 작게 설정하면 프로듀서가 시작하지 않고, 기본값이면 그 합으로 조용히 올라갑니다. ' +
      '긴 브로커 장애를 견디려면 늘리고, 빨리 실패하려면 줄이세요.',
    values: '밀리초, 0 이상. 기본값 120000(2분).',
  },
  'request.timeout.ms': {
    summary: '요청 하나에 대한 브로커 응답을 기다리는 시간, 지나면 재시도.',
    body:
      '이 시간 안에 응답이 없는 produce 요청은 실패로 보고 (`delivery.timeout.ms`가 허용하면) 재시도합니다. ' +
      '`acks=all`을 쓸 때는 브로커의 `replica.lag.time.max.ms`보다 크게 두세요. 그렇지 않으면 느린 복제가 타임아웃처럼 보여 불필요한 재시도와, 멱등성이 없으면 중복이 생깁니다. ' +
      '`delivery.timeout.ms` ≥ `linger.ms` + `request.timeout.ms` 규칙에도 들어갑니다.',
    values: '밀리초, 0 이상. 기본값 30000.',
  },
  'retry.backoff.ms': {
    summary: '실패한 요청을 재시도하기 전 쉬는 시간 (3.7부터는 지수 백오프의 시작값).',
    body:
      '리더가 없을 때처럼 오류 직후 브로커를 쉴 새 없이 두드리지 않게 합니다. ' +
      '3.7부터는 이 값에서 시작해 `retry.backoff.max.ms`까지 지수적으로(약간의 지터 포함) 늘어납니다. ' +
      '짧으면 빠른 리더 선출 뒤 빨리 회복하고, 길면 긴 장애 동안 부하를 줄입니다.',
    values: '밀리초, 0 이상. 기본값 100.',
  },
  'retry.backoff.max.ms': {
    summary: '지수 재시도 백오프의 상한.',
    body: '3.7부터 연속 실패마다 대기 시간이 `retry.backoff.ms`에서 시작해 두 배씩 늘어나며 이 값에서 멈춥니다. ±20% 지터로 클라이언트들이 동시에 재시도하지 않게 합니다. `retry.backoff.ms`가 이 값보다 크면 처음부터 이 값을 고정 백오프로 씁니다.',
    values: '밀리초, 0 이상. 기본값 1000.',
  },
  'enable.idempotence': {
    summary: '재시도로 생긴 중복 배치를 브로커가 버리게 하고 파티션별 순서를 지킵니다.',
    body:
      '프로듀서가 producer id를 받고 배치마다 번호를 붙이므로, 이미 기록된 배치가 재시도되어도 브로커가 알아보고 두 번 쓰지 않습니다. ' +
      '`acks=all`, `retries` > 0, `max.in.flight.requests.per.connection` ≤ 5가 필요합니다. ' +
      '`true`를 명시하면 충돌하는 값은 ConfigException이고, 기본값에 맡기면(3.0.1, 3.1.1, 3.2 이후) 충돌하는 `acks`나 `retries`가 멱등성을 조용히 끄며, 4.0부터는 max.in.flight가 5를 넘으면 실패합니다. ' +
      '`transactional.id`를 쓰려면 반드시 켜져 있어야 합니다.',
    values: '`true` 또는 `false`, 대소문자 무관(`TRUE`, `False`). `yes`, `1`, `on`은 거부됩니다.',
    history: '3.0.0과 3.1.0에서는 새 기본값이 실제로 적용되지 않았습니다(명시적 true나 transactional.id가 있어야 켜짐). 3.0.1, 3.1.1, 3.2.0에서 수정되었습니다.',
  },
  'batch.size': {
    summary: '파티션별 배치 하나의 최대 크기(바이트).',
    body:
      '같은 파티션으로 가는 레코드는 이 크기까지 한 배치로 모이며, 배치가 가득 차거나 `linger.ms`가 지나면 먼저 오는 쪽에서 전송됩니다. ' +
      '배치가 크면 요청 수가 줄고 압축 효율과 처리량이 좋아지지만, 데이터가 있는 파티션마다 `buffer.memory`에서 버퍼를 차지합니다. ' +
      '`batch.size`보다 큰 레코드도 혼자 한 배치로 전송됩니다. `0`은 배치를 끄므로 처리량이 크게 떨어집니다. ' +
      '3.3부터 내장 파티셔너도 이 값을 써서 대략 이만큼 보낸 뒤 다음 파티션으로 넘어갑니다.',
    values: '바이트 단위 정수: `16k`나 `16KB`가 아니라 `16384`. 0 이상.',
  },
  'linger.ms': {
    summary: '가득 차지 않은 배치를 보내기 전에 레코드를 더 기다리는 시간.',
    body:
      '짧게 기다리면 레코드가 모여 배치가 커지고, 요청이 줄고 압축이 좋아지는 대신 그만큼 지연이 늘어납니다. ' +
      '`0`은 전송 스레드가 비는 즉시 보냅니다(부하가 있으면 배치는 여전히 생깁니다). ' +
      '배치는 `batch.size`에 도달하거나 linger 시간이 지나는 것 중 먼저인 쪽에서 전송됩니다. ' +
      '`delivery.timeout.ms` ≥ `linger.ms` + `request.timeout.ms` 규칙에 포함됩니다.',
    values: '밀리초, 0 이상.',
    history: 'Kafka 4.0(KIP-1030)에서 기본값이 0에서 5로 올라갔습니다.',
  },
  'buffer.memory': {
    summary: '전송 대기 중인 레코드를 담는 데 쓰는 전체 메모리(바이트).',
    body:
      '모든 파티션의 배치가 이 풀을 함께 씁니다. 가득 차면 `send()`가 최대 `max.block.ms` 동안 막힌 뒤 예외를 던집니다. ' +
      '동시에 쓰는 파티션 수 × `batch.size`보다 넉넉해야 합니다. 너무 작으면 부하 시 멈추고, 너무 크면 보내지 못한 데이터가 많이 쌓여 프로세스가 죽을 때 함께 잃습니다.',
    values: '바이트 단위 정수(`33554432` = 32 MiB). 0 이상.',
  },
  'buffer.memory.allocation.strategy': {
    summary: 'Kafka 내부 키(4.4): 배치마다 batch.size 버퍼를 통째로 잡을지, 16 KiB 조각으로 늘려 갈지.',
    body:
      'Kafka 설정 문서에 없는 내부(internal) 키라서 어느 릴리스에서든 바뀌거나 없어질 수 있습니다. ' +
      '`full`(기본값)은 이전 모든 버전처럼 새 배치마다 `buffer.memory`에서 `batch.size` 바이트를 미리 잡습니다. ' +
      '`incremental`(KIP-1332)은 배치가 찰 때마다 16 KiB 조각을 받아서, 반쯤 빈 배치가 많은 파티션에 흩어져 있어도 `buffer.memory`가 바닥나지 않습니다. ' +
      '4.4의 `incremental`은 압축과 함께 쓸 수 없습니다: `compression.type`이 `none`이 아니면 프로듀서가 시작하지 않습니다. ' +
      '`batch.size`가 16 KiB(조각 하나)보다 작으면 프로듀서가 말없이 `full`을 씁니다.',
    values: '`full` 또는 `incremental`.',
    history: 'Kafka 4.4에서 내부 키로 추가되었습니다(KAFKA-20578).',
  },
  'max.block.ms': {
    summary: 'send(), partitionsFor(), 트랜잭션 호출이 막혀 있을 수 있는 최대 시간.',
    body:
      '토픽 메타데이터를 아직 모르거나 `buffer.memory`가 가득 차면 `send()`가 막히며, 이 시간이 지나면 TimeoutException을 던집니다. ' +
      'initTransactions(), commitTransaction() 등의 대기에도 적용됩니다. 직렬화나 파티셔너에서 쓴 시간은 포함되지 않습니다. ' +
      '지연에 민감한 스레드에서는 작게, 짧은 메타데이터/메모리 부족을 견디려면 크게 두세요.',
    values: '밀리초, 0 이상. 기본값 60000.',
  },
  'max.request.size': {
    summary: '프로듀서가 보내는 요청의 최대 크기이며 레코드 하나의 상한이기도 합니다.',
    body:
      '직렬화한 레코드가 이보다 크면 `send()`에서 RecordTooLargeException으로 거부됩니다. 요청 하나에 담는 배치 수도 제한합니다. ' +
      '브로커에도 자체 한도(`message.max.bytes`, 토픽별 `max.message.bytes`)가 있으므로 서로 맞춰 두세요. 프로듀서 쪽 검사는 압축 전 크기를 기준으로 합니다.',
    values: '바이트 단위 정수(`1048576` = 1 MiB). 0 이상.',
  },
  'compression.type': {
    summary: '배치를 압축할 코덱: none, gzip, snappy, lz4, zstd.',
    body:
      '압축은 배치 단위로 이뤄지므로 배치가 클수록(`linger.ms`, `batch.size`) 효과가 큽니다. 프로듀서 CPU를 써서 네트워크와 디스크를 아낍니다. ' +
      '`lz4`와 `snappy`는 가볍고 빠르며, `zstd`는 적당한 CPU로 가장 좋은 압축률을, `gzip`은 가장 느립니다. ' +
      '토픽의 compression.type이 `producer`(기본값)면 브로커는 프로듀서 코덱을 그대로 저장합니다. 컨슈머는 자동으로 해제합니다.',
    values: '정확히 소문자로: `none`, `gzip`, `snappy`, `lz4`, `zstd`. `GZIP`, `Snappy`는 거부됩니다.',
    history: '3.3 이전에는 잘못된 값이 설정 검사를 통과한 뒤 프로듀서 생성 중에 실패했고, 3.3부터는 설정 검사에서 실패합니다.',
  },
  'transactional.id': {
    summary: '프로듀서를 트랜잭션 모드로 만들고 이전 인스턴스를 차단(fencing)하는 고정 이름.',
    body:
      '트랜잭션 id가 있으면 여러 파티션에 원자적으로 쓸 수 있고(beginTransaction / commitTransaction), 같은 id로 재시작한 인스턴스가 이전 인스턴스를 차단합니다. ' +
      '멱등성을 강제로 켜므로 `enable.idempotence=false`와 함께 쓰면 오류입니다. 인스턴스마다 재시작해도 변하지 않는 고유 id가 필요합니다. ' +
      '컨슈머가 `isolation.level=read_committed`를 써야 중단된 데이터가 가려집니다.',
    values: '비어 있지 않은 문자열. 빈 값은 거부됩니다.',
  },
  'bootstrap.resolve.timeout.ms': {
    summary: '부트스트랩 호스트 이름을 생성 시점에 풀지(0), 이 시간까지 백그라운드에서 풀지.',
    body:
      '기본값 `0`이면 4.4 이전처럼 생성자에서 `bootstrap.servers`의 호스트 이름을 모두 풉니다. 풀리지 않는 이름이 있으면 프로듀서가 만들어지지 않습니다(ConfigException). ' +
      '양수이면 백그라운드에서 풀고, 이 밀리초까지 다시 시도합니다. 끝내 실패하면 이후 호출이 BootstrapResolutionException으로 실패하고, 프로듀서를 닫고 새로 만들어야 합니다. ' +
      'Kafka는 양수 모드를 마이너 릴리스에서 동작이 바뀔 수 있는 진화 중인(evolving) 기능이라고 밝힙니다.',
    values: '밀리초, 0 이상. 기본값 `0`(생성 시 풀기).',
    history: 'Kafka 4.4에서 추가되었습니다(KIP-909).',
  },
  'bootstrap.servers': {
    summary: '클러스터의 나머지를 찾기 위해 처음 접속하는 브로커 목록.',
    body:
      '프로듀서는 이 `host:port` 중 하나에 접속해 메타데이터를 받은 뒤, 이후에는 실제 파티션 리더와 통신합니다. ' +
      '하나가 죽어도 시작할 수 있게 브로커 두세 개를 적으세요. 전부 적을 필요는 없습니다. ' +
      '접속 가능한 서버가 없으면 프로듀서가 시작하지 못합니다.',
    values: '쉼표로 구분한 `host:port`: `broker1:9092,broker2:9092`. 쉼표 앞뒤 공백은 허용됩니다.',
    history: 'Kafka 4.0은 이전 버전이 일부만 해석하던 잘못된 항목을 거부하고, 4.2(KIP-1161)는 이 키를 필수로 만들고 빈 목록과 빈 항목(`a:9092,,b:9092`)을 거부하며 중복 항목은 경고와 함께 버립니다.',
  },
  'key.serializer': {
    summary: '레코드 키를 바이트로 바꾸는 클래스.',
    body:
      'KafkaProducer 생성자에 직렬화 객체를 넘기지 않는다면 필수입니다. `org.apache.kafka.common.serialization.Serializer`를 구현해야 합니다. ' +
      '키 바이트가 파티션(murmur2 해시)을 정하므로 같은 키는 항상 같은 바이트로 직렬화되어야 합니다.',
    values: '`org.apache.kafka.common.serialization.StringSerializer` 같은 전체 클래스 이름.',
  },
  'value.serializer': {
    summary: '레코드 값을 바이트로 바꾸는 클래스.',
    body: 'KafkaProducer 생성자에 직렬화 객체를 넘기지 않는다면 필수입니다. `org.apache.kafka.common.serialization.Serializer`를 구현해야 하고, 프로듀서 클래스패스에 있어야 합니다.',
    values: '`org.apache.kafka.common.serialization.ByteArraySerializer` 같은 전체 클래스 이름.',
  },
  'partitioner.class': {
    summary: '레코드마다 파티션을 고르는 사용자 정의 클래스.',
    body:
      '비워 두면 내장 로직을 씁니다. 키가 있으면 murmur2(키) mod 파티션 수, 키가 없으면 uniform sticky 파티셔너(3.3+)로 분산합니다. ' +
      '직접 라우팅이 필요할 때만 설정하세요. `org.apache.kafka.clients.producer.RoundRobinPartitioner`가 내장 대안입니다. ' +
      '예전 `DefaultPartitioner`와 `UniformStickyPartitioner`는 3.3에서 폐기 예정이 되었고 4.0에서 제거되었습니다. ' +
      '4.4부터는 내장 로직이 키 없는 레코드를 프로듀서의 랙 안에 둘 수도 있습니다(`partitioner.rack.aware`와 `client.rack`). 사용자 정의 클래스는 이 설정을 무시합니다.',
    values: '`org.apache.kafka.clients.producer.Partitioner`를 구현한 전체 클래스 이름.',
  },
  'partitioner.ignore.keys': {
    summary: 'true면 내장 파티셔너가 키를 무시하고 모든 레코드를 분산합니다.',
    body:
      '보통 키가 있는 레코드는 키 해시로 파티션이 정해져 키별 순서가 지켜집니다. `true`면 키를 무시하고 키 없는 레코드처럼 uniform sticky 방식으로 배치합니다. ' +
      '키별 순서가 필요 없고 키가 한쪽으로 몰릴 때 부하를 고르게 하는 데 씁니다. 사용자 `partitioner.class`가 있으면 효과가 없습니다.',
    values: '`true` 또는 `false`(대소문자 무관).',
  },
  'partitioner.adaptive.partitioning.enable': {
    summary: '내장 파티셔너가 키 없는 레코드를 빠른 브로커 쪽으로 더 보내게 합니다.',
    body:
      '적응형 파티셔닝(KIP-794)은 큐를 빨리 비우는 브로커의 파티션을 더 자주 골라 느린 브로커가 덜 받게 합니다. 끄면 브로커 속도와 상관없이 고르게 분산합니다. ' +
      '키 없는 레코드(또는 `partitioner.ignore.keys=true`)에만, 그리고 사용자 파티셔너가 없을 때만 적용됩니다.',
    values: '`true` 또는 `false`(대소문자 무관).',
  },
  'partitioner.rack.aware': {
    summary: '키 없는 레코드를 프로듀서의 랙 안에 둠: client.rack과 같은 랙의 리더 중에서 스티키 파티션을 고릅니다.',
    body:
      '`true`이면 내장 파티셔너가 키 없는 레코드(또는 `partitioner.ignore.keys=true`)의 스티키 파티션을 이 프로듀서의 `client.rack`과 같은 랙(`broker.rack`)에 리더가 있는 파티션 중에서만 고르고, 그런 파티션이 없으면 사용 가능한 전체 파티션에서 고릅니다. ' +
      '그러면 전송 트래픽이 한 가용 영역(AZ) 안에 머물러 AZ 간 전송 비용이 줄어듭니다. 대신 그 랙의 리더만 부하를 받습니다. 키가 있는 레코드는 여전히 키 해시가 가리키는 파티션으로 갑니다. ' +
      '`client.rack`이 꼭 필요합니다: `true`인데 `client.rack`이 비어 있으면, 사용자 정의 `partitioner.class`를 쓰더라도(그때 이 설정은 무시됨) 프로듀서가 시작하지 않습니다.',
    values: '`true` 또는 `false`(대소문자 무관). 기본값 `false`.',
    history: 'Kafka 4.4에서 추가되었습니다(KIP-1123).',
  },
  'partitioner.availability.timeout.ms': {
    summary: '리더가 이 시간 동안 데이터를 받지 못한 파티션은 고르지 않습니다.',
    body:
      '브로커가 이 시간 동안 produce 요청을 받지 못하면 내장 파티셔너가 키 없는 레코드에 대해 그 파티션을 회복될 때까지 피합니다. `0`이면 이 검사를 끕니다. ' +
      '적응형 파티셔닝이 켜져 있고 사용자 파티셔너가 없을 때만 적용됩니다.',
    values: '밀리초, 0 이상. 기본값 0(끔).',
  },
  'sasl.jaas.config': {
    summary: 'SASL용 JAAS 로그인 설정을 프로듀서 설정 안에 직접 적습니다.',
    body:
      '로그인 모듈과 옵션(PLAIN/SCRAM의 사용자명과 비밀번호, OAuth 설정 등)을 지정하며, 이 클라이언트에 대해 별도 JAAS 파일을 대신합니다. ' +
      '자격 증명이 들어 있으므로 버전 관리와 로그에 남기지 마세요. 이 도구는 값을 절대 보여 주지 않습니다.',
    values: '`;`로 끝나는 한 줄. 예: `org.apache.kafka.common.security.scram.ScramLoginModule required username="..." password="...";`',
  },
  'ssl.truststore.password': {
    summary: '트러스트 스토어 파일의 비밀번호.',
    body: '비밀번호로 보호된 JKS/PKCS12 트러스트 스토어에 필요합니다. 없으면 스토어는 읽히지만 무결성 검사를 하지 않습니다. PEM 트러스트 스토어에는 쓰이지 않습니다. 값은 비밀이며 이 도구가 보여 주지 않습니다.',
    values: '문자열.',
  },
  'compression.gzip.level': {
    summary: 'compression.type=gzip일 때 쓰는 압축 레벨.',
    body: '레벨이 높을수록 배치가 더 작아지지만 프로듀서 CPU를 더 씁니다. `-1`은 JDK Deflater 기본값(레벨 6)입니다. 다른 코덱을 골라도 범위 검사는 하므로 잘못된 레벨은 항상 시작 실패로 이어집니다.',
    values: '1부터 9까지의 정수 또는 -1.',
  },
  'compression.lz4.level': {
    summary: 'compression.type=lz4일 때 쓰는 압축 레벨.',
    body: '기본값보다 높은 lz4 레벨은 속도를 조금 희생해 압축률을 약간 높이고, 낮은 레벨은 더 빠릅니다. 다른 코덱을 써도 값 검사는 합니다.',
    values: '1부터 17까지의 정수.',
  },
  'compression.zstd.level': {
    summary: 'compression.type=zstd일 때 쓰는 압축 레벨.',
    body: 'zstd는 범위가 넓습니다. 음수 레벨은 매우 빠르지만 압축률이 낮고, 높은 레벨(최대 22)은 강하게 압축하지만 느립니다. 기본값 3이 균형이 좋습니다. 다른 코덱을 써도 값 검사는 합니다.',
    values: '-131072부터 22까지의 정수.',
  },
  'client.dns.lookup': {
    summary: 'bootstrap.servers와 브로커 주소의 호스트 이름을 해석하는 방식.',
    body: '`use_all_dns_ips`는 호스트 이름이 가리키는 모든 IP를 연결될 때까지 차례로 시도하므로 로드 밸런서나 여러 주소를 가진 브로커에 유리합니다. `resolve_canonical_bootstrap_servers_only`는 bootstrap 호스트를 먼저 정식 이름으로 풀어내며, Kerberos 환경에서 필요할 때가 있습니다.',
    values: '대소문자 정확히: `use_all_dns_ips` 또는 `resolve_canonical_bootstrap_servers_only`.',
    history: '2.8은 폐기 예정 값 `default`도 받았고, 3.0에서 제거되었습니다.',
  },
  'client.rack': {
    summary: '이 프로듀서가 도는 랙(가용 영역). 브로커의 broker.rack과 맞춥니다.',
    body:
      '클라이언트가 있는 곳을 나타내는 아무 문자열이며, 각 브로커의 `broker.rack`과 비교합니다. 프로듀서는 Kafka 4.4부터 `partitioner.rack.aware=true`를 위해 읽고, 그러면 키 없는 레코드를 이 랙의 리더에 둡니다. 그 설정이 없으면 프로듀서에서는 아무 일도 하지 않습니다. ' +
      '컨슈머는 예전부터 이 키가 있었습니다(가장 가까운 복제본에서 읽기). 4.4 이전의 프로듀서 설정에서는 컨슈머 설정으로 무시됩니다.',
    values: '`use1-az1` 같은 랙 ID. 기본값은 빈 값. `partitioner.rack.aware=true`이면 비어 있으면 안 됩니다.',
    history: 'Kafka 4.4부터 프로듀서 키입니다(KIP-1123).',
  },
  'client.id': {
    summary: '요청마다 브로커에 보내는 이름으로 로그, 메트릭, 쿼터에 쓰입니다.',
    body: '브로커는 이 이름으로 로그의 요청 출처를 표시하고 클라이언트 쿼터를 적용합니다. 프로듀서 자체 메트릭 이름에도 들어갑니다. 비워 두면 Kafka가 `producer-N`(또는 트랜잭션 id 기반 이름)을 만듭니다.',
    values: '아무 문자열.',
  },
  'connections.max.idle.ms': {
    summary: '브로커 연결이 이 시간 동안 쉬면 닫습니다.',
    body: '유휴 연결을 끊어 양쪽 자원을 아낍니다. 브로커 자체 유휴 한도보다 약간 작게 두면 프로듀서가 연결을 다시 쓰는 순간 브로커가 끊는 일을 피할 수 있습니다.',
    values: '밀리초. 기본값 540000(9분).',
  },
  'receive.buffer.bytes': {
    summary: '브로커 연결의 TCP 수신 버퍼(SO_RCVBUF).',
    body: '지연이 큰 구간(예: 리전 간)에서는 큰 버퍼가 도움이 됩니다. `-1`이면 운영체제에 맡깁니다.',
    values: '바이트, -1 이상. `-1` = OS 기본값.',
  },
  'send.buffer.bytes': {
    summary: '브로커 연결의 TCP 송신 버퍼(SO_SNDBUF).',
    body: '버퍼가 크면 지연이 큰 구간에서 더 많은 데이터를 동시에 보낼 수 있습니다. `-1`이면 운영체제에 맡깁니다.',
    values: '바이트, -1 이상. `-1` = OS 기본값.',
  },
  'reconnect.backoff.ms': {
    summary: '연결할 수 없던 브로커에 다시 연결하기 전 처음 기다리는 시간.',
    body: '재연결 폭주를 막습니다. 같은 브로커에 계속 실패하면 대기 시간이 지터와 함께 두 배씩 늘어나 `reconnect.backoff.max.ms`에서 멈춥니다.',
    values: '밀리초, 0 이상. 기본값 50.',
  },
  'reconnect.backoff.max.ms': {
    summary: '재연결 백오프의 상한.',
    body: '`reconnect.backoff.ms`에서 시작한 지수 백오프가 여기서 멈추므로, 회복된 브로커는 적어도 이 주기로 다시 시도됩니다.',
    values: '밀리초, 0 이상. 기본값 1000.',
  },
  'socket.connection.setup.timeout.ms': {
    summary: '새 브로커 연결이 맺어지기를 기다리는 시간.',
    body: '이 시간 안에 TCP(와 TLS) 연결이 되지 않으면 시도를 포기하고 다른 브로커를 시도할 수 있습니다. 연속 실패 시 `socket.connection.setup.timeout.max.ms`까지 지수적으로 늘어납니다.',
    values: '밀리초. 기본값 10000.',
  },
  'socket.connection.setup.timeout.max.ms': {
    summary: '늘어나는 연결 설정 타임아웃의 상한.',
    body: '연결 시도가 연속으로 실패하면 설정 타임아웃이 지터와 함께 두 배씩 늘어 이 값에 이릅니다.',
    values: '밀리초. 기본값 30000.',
  },
  'metadata.cluster.check.enable': {
    summary: '접속할 때 클러스터·노드 ID를 보내서, 4.4 이상 브로커가 잘못 연결된 접속을 거부할 수 있게 합니다.',
    body:
      '기본값 `true`이면 클라이언트가 각 브로커에 기대하는 클러스터와 노드를 알립니다(ApiVersions). 그러면 Kafka 4.4 이상 브로커가 DNS 이름이나 로드 밸런서가 다른 클러스터·노드를 가리키게 된 것을 알아채고, 클라이언트는 엉뚱한 상대와 통신하는 대신 다시 부트스트랩합니다. ' +
      '이전 브로커는 검사하지 않습니다. 다시 부트스트랩하기가 꺼져 있으면(`metadata.recovery.strategy=none`) 무시됩니다.',
    values: '`true` 또는 `false`(대소문자 무관). 기본값 `true`.',
    history: 'Kafka 4.4에서 추가되었습니다(KIP-1242).',
  },
  'metadata.max.age.ms': {
    summary: '오류가 없어도 최소 이 주기로 클러스터 메타데이터를 새로 받습니다.',
    body: '메타데이터(파티션, 리더, 브로커)는 오류가 나면 어차피 갱신되지만, 이 주기적 갱신으로 새 파티션과 브로커도 미리 알아챕니다. 작게 하면 새 파티션을 빨리 알지만 메타데이터 요청이 늘어납니다.',
    values: '밀리초, 0 이상. 기본값 300000(5분).',
  },
  'metadata.max.idle.ms': {
    summary: '이 시간 동안 쓰지 않은 토픽의 메타데이터를 잊습니다.',
    body: '수명이 짧은 토픽에 많이 쓰는 프로듀서의 메타데이터 캐시를 작게 유지합니다. 잊힌 토픽에 다시 보내면 메타데이터를 받을 때까지(`max.block.ms` 한도) 기다립니다.',
    values: '밀리초, 5000 이상. 기본값 300000.',
  },
  'metadata.recovery.strategy': {
    summary: '알던 브로커에 모두 닿지 않을 때의 대응: 아무것도 안 함 또는 재부트스트랩.',
    body: '`rebootstrap`이면 알던 브로커가 모두 사용 불가가 됐을 때 `bootstrap.servers`를 다시 해석해 처음부터 시작합니다(예: 같은 DNS 이름 뒤의 클러스터가 교체된 경우). `none`이면 이미 알던 브로커만 계속 시도합니다.',
    values: '`none` 또는 `rebootstrap`, 대소문자 무관.',
    history: 'Kafka 4.0(KIP-1102)에서 rebootstrap이 기본값이 되었습니다.',
  },
  'metadata.recovery.rebootstrap.trigger.ms': {
    summary: '이 시간 동안 메타데이터를 받지 못하면 재부트스트랩합니다.',
    body: '`metadata.recovery.strategy=rebootstrap`과 함께 쓰입니다. 어떤 브로커에서도 이 시간 동안 메타데이터를 갱신하지 못하면 `bootstrap.servers`를 다시 해석합니다.',
    values: '밀리초, 0 이상. 기본값 300000.',
  },
  'auto.include.jmx.reporter': {
    summary: 'metric.reporters에 없어도 JMX 메트릭 리포터를 추가합니다.',
    body: 'JmxReporter를 적지 않아도 JMX 메트릭을 노출하게 해 줍니다. 처음부터 폐기 예정이었으며 `metric.reporters`에 `org.apache.kafka.common.metrics.JmxReporter`를 적는 것이 대안입니다. 4.0에서 제거되어 알 수 없는(무시되는) 키가 됩니다.',
    values: '`true` 또는 `false`(대소문자 무관).',
  },
  'config.providers': {
    summary: '${provider:path:key} 자리표시자를 풀어 주는 config provider 이름 목록.',
    body: '이름마다 `config.providers.<이름>.class`(예: FileConfigProvider, EnvVarConfigProvider)를 설정하면 비밀 값을 설정 파일 밖에 둘 수 있습니다. 프로듀서가 이 키를 정식으로 정의한 것은 4.2부터이며, 이전 버전도 자리표시자는 풀지만 키를 미사용으로 보고합니다.',
    values: '쉼표로 구분한 이름: `file,env`.',
    history: 'Kafka 4.2(KIP-1161)부터 빈 항목(`a,,b`나 끝의 쉼표)이 있으면 프로듀서가 시작하지 않고, 중복 항목은 경고와 함께 버립니다.',
  },
  'enable.metrics.push': {
    summary: '브로커가 요청하면 클라이언트 메트릭을 클러스터로 보냅니다(KIP-714).',
    body: '클러스터에 client-metrics 구독이 있으면 프로듀서가 선택된 메트릭을 브로커로 보내 운영자가 클라이언트 상태를 한곳에서 볼 수 있습니다. 맞는 구독이 없으면 아무 효과가 없습니다. 끄려면 `false`.',
    values: '`true` 또는 `false`(대소문자 무관).',
  },
  'interceptor.classes': {
    summary: '모든 전송과 확인(ack)마다 호출되는 프로듀서 인터셉터.',
    body: '각 클래스는 `org.apache.kafka.clients.producer.ProducerInterceptor`를 구현하며 직렬화 전에 레코드를 보거나 바꾸고 확인 응답을 관찰할 수 있습니다. 적힌 순서대로 애플리케이션 스레드와 I/O 스레드에서 실행되므로 가볍게 만드세요.',
    values: '쉼표로 구분한 전체 클래스 이름. 없으면 빈 값.',
    history: 'Kafka 4.2(KIP-1161)부터 빈 항목(`a,,b`나 끝의 쉼표)이 있으면 프로듀서가 시작하지 않고, 중복 항목은 경고와 함께 버립니다.',
  },
  'metric.reporters': {
    summary: '프로듀서 메트릭을 받는 클래스들.',
    body: '각 클래스는 `org.apache.kafka.common.metrics.MetricsReporter`를 구현하고 모든 메트릭을 통보받습니다. 4.0부터 기본값은 JMX 리포터이며, 직접 목록을 지정하면 대체되므로 JMX가 계속 필요하면 `org.apache.kafka.common.metrics.JmxReporter`도 넣으세요.',
    values: '쉼표로 구분한 전체 클래스 이름.',
    history: 'Kafka 4.2(KIP-1161)부터 빈 항목(`a,,b`나 끝의 쉼표)이 있으면 프로듀서가 시작하지 않고, 중복 항목은 경고와 함께 버립니다.',
  },
  'metrics.num.samples': {
    summary: '메트릭 하나를 계산할 때 유지하는 샘플 수.',
    body: '비율 같은 메트릭은 `metrics.sample.window.ms` 길이의 창 이만큼에 걸쳐 계산됩니다. 샘플이 많으면 값이 부드러워지고 메모리를 조금 더 씁니다.',
    values: '1 이상의 정수. 기본값 2.',
  },
  'metrics.recording.level': {
    summary: '기록할 메트릭 수준: INFO, DEBUG, TRACE.',
    body: 'INFO는 표준 메트릭을 기록합니다. DEBUG와 TRACE는 더 세밀한 센서를 추가하며 CPU를 조금 쓰므로 조사할 때만 쓰세요.',
    values: '정확히 대문자로: `INFO`, `DEBUG`, `TRACE`.',
  },
  'metrics.sample.window.ms': {
    summary: '메트릭 샘플 창 하나의 길이.',
    body: '메트릭 값은 이 길이의 창 `metrics.num.samples`개에 걸쳐 계산됩니다. 창이 짧으면 빨리 반응하지만 값이 들쭉날쭉합니다.',
    values: '밀리초, 0 이상. 기본값 30000.',
  },
  'transaction.timeout.ms': {
    summary: '코디네이터가 중단하기 전까지 트랜잭션이 열려 있을 수 있는 시간.',
    body: '이 시간 안에 커밋도 중단도 하지 않으면 트랜잭션 코디네이터가 중단하므로, 죽은 프로듀서 때문에 read_committed 컨슈머가 막히지 않습니다. 브로커의 `transaction.max.timeout.ms`(기본 900000)를 넘으면 initTransactions()가 실패합니다.',
    values: '밀리초. 기본값 60000.',
  },
  'transaction.two.phase.commit.enable': {
    summary: '외부 코디네이터가 2단계 커밋을 주도하게 합니다(KIP-939).',
    body: '켜면 프로듀서의 트랜잭션이 타임아웃으로 중단되지 않아, 외부 트랜잭션 관리자(예: 데이터베이스)가 준비 후 나중에 커밋하거나 중단할 수 있습니다. 브로커 지원과 권한이 필요합니다. 새 Kafka는 명시적인 `transaction.timeout.ms`와 함께 쓰면 거부합니다.',
    values: '`true` 또는 `false`(대소문자 무관).',
    history: '키는 4.1부터 있지만 2단계 커밋용 공개 프로듀서 API(KIP-939)는 4.2, 4.3, 4.4 릴리스 전에 다시 빠졌고 키만 남았으므로, 쓰기 전에 정확한 버전을 확인하세요.',
  },
  'internal.auto.downgrade.txn.commit': {
    summary: 'Kafka Streams가 오래된 브로커를 위해 쓰던 2.8 내부 스위치.',
    body: '트랜잭션 프로듀서가 새 형식을 모르는 브로커에 맞춰 오프셋 커밋 요청을 낮추게 합니다. 문서화되지 않은 내부 키이며 2.8에만 있고 직접 설정하면 안 됩니다.',
    values: '`true` 또는 `false`.',
  },
  'security.protocol': {
    summary: '브로커와의 전송 방식: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL.',
    body: '`SSL`은 암호화(및 인증서 인증)를, `SASL_*`는 SASL 인증을 더하며 `SASL_SSL`은 둘 다 합니다. `bootstrap.servers` 뒤의 브로커 리스너와 맞아야 하며, 어긋나면 명확한 오류보다 타임아웃이나 연결 끊김으로 나타나는 경우가 많습니다.',
    values: '`PLAINTEXT`, `SSL`, `SASL_PLAINTEXT`, `SASL_SSL`.',
    history: '2.8-3.2(프로듀서 생성 시 검사)와 3.6 이후는 대소문자 무관이고, 3.3-3.5는 정확히 대문자여야 합니다.',
  },
  'security.providers': {
    summary: '추가 Java 보안 프로바이더를 등록하는 생성 클래스들.',
    body: '각 클래스는 `org.apache.kafka.common.security.auth.SecurityProviderCreator`를 구현해 프로바이더(특수 알고리즘, 하드웨어 등)를 돌려줍니다. 거의 필요 없습니다.',
    values: '쉼표로 구분한 전체 클래스 이름.',
  },
  'ssl.protocol': {
    summary: 'SSLContext를 만들 때 쓰는 TLS 프로토콜.',
    body: '기본값 TLSv1.3이면 `ssl.enabled.protocols`가 허용하는 범위에서 브로커와 TLSv1.3 또는 TLSv1.2를 협상합니다. SSL, TLSv1.1 같은 옛 이름은 안전하지 않고 최신 JVM에서 꺼져 있습니다.',
    values: '프로토콜 이름: `TLSv1.3`, `TLSv1.2`.',
  },
  'ssl.enabled.protocols': {
    summary: '클라이언트가 쓸 수 있는 TLS 버전들.',
    body: '협상은 양쪽이 허용하는 가장 높은 버전을 고릅니다. 모든 브로커가 TLSv1.3을 지원할 때만 TLSv1.2를 빼세요.',
    values: '쉼표로 구분한 프로토콜 이름: `TLSv1.2,TLSv1.3`.',
  },
  'ssl.cipher.suites': {
    summary: 'TLS에서 허용할 암호 스위트.',
    body: '암호화와 인증에 쓰는 알고리즘을 제한합니다. 비우거나 설정하지 않으면 JVM이 켜 둔 스위트를 쓰며 보통 이것이 맞습니다.',
    values: '쉼표로 구분한 JSSE 암호 스위트 이름.',
  },
  'ssl.endpoint.identification.algorithm': {
    summary: '브로커 인증서의 호스트 이름 검증(https) 또는 없음(빈 값).',
    body: '`https`면 브로커 인증서가 접속한 호스트와 맞는지 확인해 중간자 공격을 막습니다. 빈 값은 검사를 끄므로 테스트 외에는 피하세요.',
    values: '`https` 또는 빈 값.',
  },
  'ssl.engine.factory.class': {
    summary: 'SSLEngine 객체를 만드는 사용자 정의 팩토리.',
    body: 'Kafka 기본 SSL 엔진 팩토리를 대체합니다(예: 볼트에서 키 읽기). `org.apache.kafka.common.security.auth.SslEngineFactory`를 구현해야 합니다.',
    values: '전체 클래스 이름.',
  },
  'ssl.keystore.type': {
    summary: '키 스토어 형식: JKS, PKCS12, PEM.',
    body: '키 스토어는 상호 TLS용 클라이언트 인증서와 개인 키를 담습니다. `PEM`이면 `ssl.keystore.key`와 `ssl.keystore.certificate.chain`으로 키와 체인을 직접 적을 수도 있습니다.',
    values: '`JKS`, `PKCS12`, `PEM`.',
  },
  'ssl.keystore.location': {
    summary: '키 스토어 파일 경로(클라이언트 인증서와 키).',
    body: '브로커가 클라이언트 인증(상호 TLS)을 요구할 때만 필요합니다. 프로듀서 프로세스가 읽을 수 있어야 합니다.',
    values: '파일 경로.',
  },
  'ssl.keystore.password': {
    summary: '키 스토어 파일의 비밀번호.',
    body: '`ssl.keystore.location`을 쓸 때 필요합니다(직접 적은 PEM에는 불필요). 값은 비밀이며 이 도구가 보여 주지 않습니다.',
    values: '문자열.',
  },
  'ssl.key.password': {
    summary: '키 스토어 안 또는 ssl.keystore.key의 개인 키 비밀번호.',
    body: '개인 키가 스토어와 별도로 암호화되어 있거나 직접 적은 PEM 키가 암호화된 경우 필요합니다. 값은 비밀이며 이 도구가 보여 주지 않습니다.',
    values: '문자열.',
  },
  'ssl.keystore.key': {
    summary: 'PEM 형식 개인 키를 직접 적습니다.',
    body: '키 스토어 파일 대신 `ssl.keystore.type=PEM`과 함께 씁니다. 키가 암호화되어 있으면 `ssl.key.password`로 풉니다. 값은 비밀이며 이 도구가 보여 주지 않습니다.',
    values: 'PEM 블록(PKCS#8).',
  },
  'ssl.keystore.certificate.chain': {
    summary: 'PEM 형식 클라이언트 인증서 체인을 직접 적습니다.',
    body: '`ssl.keystore.type=PEM`, `ssl.keystore.key`와 함께 씁니다. 비밀번호 타입으로 다뤄져 로그에 나오지 않습니다.',
    values: '하나 이상의 PEM 인증서 블록.',
  },
  'ssl.truststore.type': {
    summary: '트러스트 스토어 형식: JKS, PKCS12, PEM.',
    body: '트러스트 스토어는 브로커 검증에 쓰는 CA 인증서를 담습니다. `PEM`이면 `ssl.truststore.certificates`로 직접 적을 수 있습니다.',
    values: '`JKS`, `PKCS12`, `PEM`.',
  },
  'ssl.truststore.location': {
    summary: '트러스트 스토어 파일 경로(CA 인증서).',
    body: '브로커 인증서가 JVM이 이미 신뢰하는 CA로 서명되지 않았을 때 필요합니다. 프로듀서 프로세스가 읽을 수 있어야 합니다.',
    values: '파일 경로.',
  },
  'ssl.truststore.certificates': {
    summary: 'PEM 형식 신뢰 CA 인증서를 직접 적습니다.',
    body: '트러스트 스토어 파일 대신 `ssl.truststore.type=PEM`과 함께 씁니다. 비밀번호 타입으로 다뤄져 로그에 나오지 않습니다.',
    values: '하나 이상의 PEM 인증서 블록.',
  },
  'ssl.keymanager.algorithm': {
    summary: '클라이언트 인증서용 KeyManagerFactory 알고리즘.',
    body: '기본값은 실행 중인 JVM에서 옵니다(OpenJDK는 SunX509). 특수한 보안 프로바이더를 쓸 때만 바꾸세요.',
    values: '알고리즘 이름.',
  },
  'ssl.trustmanager.algorithm': {
    summary: '브로커를 검증하는 TrustManagerFactory 알고리즘.',
    body: '기본값은 실행 중인 JVM에서 옵니다(OpenJDK는 PKIX). 특수한 보안 프로바이더를 쓸 때만 바꾸세요.',
    values: '알고리즘 이름.',
  },
  'ssl.provider': {
    summary: 'TLS에 쓸 보안 프로바이더 이름.',
    body: '설정하지 않으면 JVM 기본 프로바이더를 씁니다. FIPS 같은 특정 JSSE 프로바이더를 쓸 때 설정합니다.',
    values: '프로바이더 이름.',
  },
  'ssl.secure.random.implementation': {
    summary: 'TLS가 쓰는 SecureRandom 알고리즘.',
    body: '설정하지 않으면 JVM 기본값입니다. 규정 등으로 특정 난수 생성기가 필요할 때만 설정하세요.',
    values: '`SHA1PRNG` 같은 알고리즘 이름.',
  },
  'sasl.mechanism': {
    summary: '인증에 쓸 SASL 메커니즘: GSSAPI, PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER.',
    body: '`security.protocol`이 `SASL_PLAINTEXT`나 `SASL_SSL`일 때 적용됩니다. 기본값 GSSAPI는 Kerberos이며, Kerberos가 아닌 클러스터는 대개 SCRAM이나 OAUTHBEARER를 씁니다. PLAIN은 SASL 교환 안에서 비밀번호를 그대로 보내므로 SASL_SSL과 함께 쓰세요.',
    values: '메커니즘 이름, 예: `SCRAM-SHA-512`.',
  },
  'sasl.client.callback.handler.class': {
    summary: 'SASL 클라이언트용 콜백 핸들러 클래스.',
    body: 'SASL 클라이언트 메커니즘에 자격 증명 등 입력을 제공합니다. `org.apache.kafka.common.security.auth.AuthenticateCallbackHandler`를 구현해야 합니다.',
    values: '전체 클래스 이름.',
  },
  'sasl.login.callback.handler.class': {
    summary: 'SASL 로그인 중에 쓰는 콜백 핸들러 클래스.',
    body: 'ID 공급자를 쓰는 OAuth라면 보통 Kafka의 OAuthBearerLoginCallbackHandler이며, `sasl.oauthbearer.token.endpoint.url`에서 토큰을 받아옵니다.',
    values: '전체 클래스 이름.',
  },
  'sasl.login.class': {
    summary: 'SASL용 사용자 정의 Login 구현.',
    body: '로그인 로직(예: Kerberos 티켓 처리)을 대체합니다. 거의 필요 없으며 `org.apache.kafka.common.security.auth.Login`을 구현해야 합니다.',
    values: '전체 클래스 이름.',
  },
  'sasl.login.connect.timeout.ms': {
    summary: 'OAuth 토큰 엔드포인트 연결 타임아웃.',
    body: 'OAuth 로그인 콜백 핸들러가 HTTP로 ID 공급자에 접속할 때 씁니다. 설정하지 않으면 HTTP 클라이언트 기본값입니다.',
    values: '밀리초.',
  },
  'sasl.login.read.timeout.ms': {
    summary: 'OAuth 토큰 엔드포인트 읽기 타임아웃.',
    body: 'OAuth 로그인 콜백 핸들러가 ID 공급자의 응답을 읽을 때 씁니다. 설정하지 않으면 HTTP 클라이언트 기본값입니다.',
    values: '밀리초.',
  },
  'sasl.login.retry.backoff.ms': {
    summary: 'OAuth 토큰 엔드포인트 재시도 사이 처음 대기 시간.',
    body: '실패한 토큰 요청은 여기서 시작해 `sasl.login.retry.backoff.max.ms`까지 지수적으로 늘어나는 백오프로 재시도됩니다.',
    values: '밀리초. 기본값 100.',
  },
  'sasl.login.retry.backoff.max.ms': {
    summary: 'OAuth 토큰 엔드포인트 재시도 사이 최대 대기 시간.',
    body: '`sasl.login.retry.backoff.ms`에서 시작하는 토큰 요청 지수 백오프의 상한입니다.',
    values: '밀리초. 기본값 10000.',
  },
  'sasl.login.refresh.window.factor': {
    summary: '로그인 토큰 수명의 이 비율이 지나면 갱신합니다.',
    body: '백그라운드 갱신 스레드가 자격 증명 수명의 대략 이 지점에서 갱신합니다(OAUTHBEARER). 작을수록 일찍 갱신합니다.',
    values: '0.5부터 1.0까지의 소수. 기본값 0.8.',
  },
  'sasl.login.refresh.window.jitter': {
    summary: '토큰 갱신 시점에 더하는 무작위 비율.',
    body: '많은 클라이언트가 동시에 ID 공급자에 몰리지 않도록 갱신 시점을 흩뜨립니다(OAUTHBEARER).',
    values: '0부터 0.25까지의 소수. 기본값 0.05.',
  },
  'sasl.login.refresh.min.period.seconds': {
    summary: '토큰 갱신 사이 최소 간격(초).',
    body: '토큰 수명이 짧을 때 갱신이 쉴 새 없이 반복되는 것을 막습니다(OAUTHBEARER).',
    values: '초, 0부터 900. 기본값 60.',
  },
  'sasl.login.refresh.buffer.seconds': {
    summary: '갱신 시 토큰 만료 전에 남겨 둘 시간(초).',
    body: '자격 증명 만료보다 적어도 이만큼 앞서 갱신을 잡아, ID 공급자가 느려도 유효한 토큰이 끊기지 않게 합니다(OAUTHBEARER).',
    values: '초, 0부터 3600. 기본값 300.',
  },
  'sasl.kerberos.service.name': {
    summary: '브로커가 실행되는 Kerberos 주체 이름.',
    body: 'GSSAPI에 필요합니다. 보통 브로커 주체(kafka/host@REALM)의 서비스 부분인 `kafka`입니다. JAAS 설정에 적을 수도 있습니다.',
    values: '이름, 예: `kafka`.',
  },
  'sasl.kerberos.kinit.cmd': {
    summary: 'Kerberos에 쓰는 kinit 명령 경로.',
    body: '티켓 캐시에서 Kerberos 티켓을 갱신할 때 씁니다. kinit이 다른 곳에 있을 때만 바꾸세요.',
    values: '파일 경로. 기본값 `/usr/bin/kinit`.',
  },
  'sasl.kerberos.min.time.before.relogin': {
    summary: 'Kerberos 재로그인 시도 사이 최소 시간.',
    body: '로그인 스레드가 Kerberos 티켓 갱신 시도 사이에 적어도 이만큼 쉽니다.',
    values: '밀리초. 기본값 60000.',
  },
  'sasl.kerberos.ticket.renew.window.factor': {
    summary: 'Kerberos 티켓 수명의 이 비율이 지나면 갱신합니다.',
    body: '마지막 갱신부터 만료까지 시간 중 이 비율이 지나면 로그인 스레드가 티켓을 갱신합니다.',
    values: '소수. 기본값 0.8.',
  },
  'sasl.kerberos.ticket.renew.jitter': {
    summary: 'Kerberos 갱신 시점에 더하는 무작위 지터.',
    body: '많은 클라이언트가 같은 순간에 갱신하지 않도록 수명의 무작위 비율을 갱신 시점에 더합니다.',
    values: '소수. 기본값 0.05.',
  },
  'sasl.oauthbearer.token.endpoint.url': {
    summary: 'ID 공급자 토큰 엔드포인트 URL(OAuth).',
    body: '로그인 콜백 핸들러가 여기서 액세스 토큰을 요청합니다(클라이언트 자격 증명, 4.1부터 JWT bearer grant). `file:` URL이면 파일에서 토큰을 읽습니다.',
    values: 'https URL 또는 file URL.',
  },
  'sasl.oauthbearer.jwks.endpoint.url': {
    summary: '토큰 검증에 쓰는 JSON Web Key Set URL.',
    body: '토큰을 검증하는 쪽(브로커, 또는 검증 핸들러를 쓰는 클라이언트)에서 씁니다. 키 세트는 캐시되고 주기적으로 갱신됩니다.',
    values: 'https URL 또는 file URL.',
  },
  'sasl.oauthbearer.jwks.endpoint.refresh.ms': {
    summary: '캐시된 JSON Web Key Set을 갱신하는 주기.',
    body: '주기적으로 키 세트를 다시 받아 두므로, ID 공급자가 서명 키를 교체해도 검증 키가 최신으로 유지됩니다.',
    values: '밀리초. 기본값 3600000(1시간).',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms': {
    summary: 'JWKS 엔드포인트 재시도 사이 처음 대기 시간.',
    body: '키 세트 다운로드가 실패하면 여기서 시작해 `sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms`까지 지수 백오프로 재시도합니다.',
    values: '밀리초. 기본값 100.',
  },
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms': {
    summary: 'JWKS 엔드포인트 재시도 사이 최대 대기 시간.',
    body: '`sasl.oauthbearer.jwks.endpoint.retry.backoff.ms`에서 시작하는 키 세트 다운로드 지수 백오프의 상한입니다.',
    values: '밀리초. 기본값 10000.',
  },
  'sasl.oauthbearer.clock.skew.seconds': {
    summary: '토큰 시간을 검사할 때 허용하는 시계 차이(초).',
    body: '토큰의 발급 시각과 만료 시각을 검사할 때 ID 공급자와 이 머신 사이의 작은 시계 차이를 허용합니다.',
    values: '초. 기본값 30.',
  },
  'sasl.oauthbearer.expected.audience': {
    summary: '검증되는 토큰이 가져야 할 audience(aud 클레임).',
    body:
      '토큰을 검증하는 쪽, 보통 브로커에서 씁니다. 토큰을 받기만 하는 프로듀서에는 필요 없습니다. ' +
      '4.4부터 `sasl.oauthbearer.jwks.endpoint.url`로 검증하는 브로커는 이 값(또는 `sasl.oauthbearer.allow.unverified.audience=true`)을 요구하므로 Kafka 문서의 중요도가 high가 되었습니다. 프로듀서에는 달라지는 것이 없습니다.',
    values: '쉼표로 구분한 audience 이름.',
  },
  'sasl.oauthbearer.expected.issuer': {
    summary: '검증되는 토큰이 가져야 할 발급자(iss 클레임).',
    body:
      '토큰을 검증하는 쪽, 보통 브로커에서 씁니다. 토큰을 받기만 하는 프로듀서에는 필요 없습니다. ' +
      '4.4부터 `sasl.oauthbearer.jwks.endpoint.url`로 검증하는 브로커는 이 값(또는 `sasl.oauthbearer.allow.unverified.issuer=true`)을 요구하므로 Kafka 문서의 중요도가 high가 되었습니다. 프로듀서에는 달라지는 것이 없습니다.',
    values: '발급자 문자열.',
  },
  'sasl.oauthbearer.scope.claim.name': {
    summary: '토큰의 scope를 담은 클레임 이름.',
    body: 'ID 공급자가 scope를 `scope`가 아닌 다른 클레임에 넣는다면 바꾸세요.',
    values: '클레임 이름. 기본값 `scope`.',
  },
  'sasl.oauthbearer.sub.claim.name': {
    summary: '토큰의 주체(principal)를 담은 클레임 이름.',
    body: 'ID 공급자가 주체를 `sub`가 아닌 다른 클레임에 넣는다면 바꾸세요.',
    values: '클레임 이름. 기본값 `sub`.',
  },
  'sasl.oauthbearer.header.urlencode': {
    summary: '토큰 요청 Authorization 헤더의 client id와 secret을 URL 인코딩합니다.',
    body: '일부 ID 공급자는 Base64 전에 클라이언트 자격 증명을 URL 인코딩하도록 요구합니다(RFC 6749). 특수 문자가 든 자격 증명이 거부되면 켜세요.',
    values: '`true` 또는 `false`(대소문자 무관).',
  },
  'sasl.oauthbearer.scope': {
    summary: 'ID 공급자에 요청하는 scope.',
    body: '`sasl.jaas.config` 안의 `scope` 옵션을 대신하며, 둘 다 있으면 이 키가 우선합니다.',
    values: 'scope 문자열.',
  },
  'sasl.oauthbearer.client.credentials.client.id': {
    summary: 'client-credentials grant용 OAuth client id.',
    body: '`sasl.jaas.config` 안의 `clientId` 옵션(아직 받지만 폐기 예정)을 대신하며, 둘 다 있으면 이 키가 우선합니다.',
    values: 'client id.',
  },
  'sasl.oauthbearer.client.credentials.client.secret': {
    summary: 'client-credentials grant용 OAuth client secret.',
    body: '`sasl.jaas.config` 안의 `clientSecret` 옵션을 대신하며, 둘 다 있으면 이 키가 우선합니다. 값은 비밀이며 이 도구가 보여 주지 않습니다.',
    values: '문자열.',
  },
  'sasl.oauthbearer.jwt.retriever.class': {
    summary: '액세스 토큰을 얻는 클래스(OAuth).',
    body: '기본값은 다른 설정을 보고 알맞은 retriever를 고릅니다. 내장 클래스로 `org.apache.kafka.common.security.oauthbearer`의 ClientCredentialsJwtRetriever, JwtBearerJwtRetriever, FileJwtRetriever가 있습니다.',
    values: '전체 클래스 이름.',
  },
  'sasl.oauthbearer.jwt.validator.class': {
    summary: '액세스 토큰을 검증하는 클래스(OAuth).',
    body: '기본값은 역할에 맞는 검증기를 고릅니다. 클라이언트는 가벼운 검사만, 브로커는 서명까지 검증합니다. 내장: ClientJwtValidator, BrokerJwtValidator.',
    values: '전체 클래스 이름.',
  },
  'sasl.oauthbearer.assertion.file': {
    summary: 'jwt-bearer grant용으로 미리 만든 JWT assertion 파일.',
    body: '설정하면 파일의 assertion을 토큰 엔드포인트로 보내며(파일이 바뀌면 다시 읽음) 다른 `sasl.oauthbearer.assertion.*` 키는 무시됩니다.',
    values: '파일 경로.',
  },
  'sasl.oauthbearer.assertion.private.key.file': {
    summary: '직접 만드는 JWT assertion에 서명할 PEM 개인 키.',
    body: '프로듀서가 jwt-bearer grant용 assertion을 직접 만들 때 씁니다. 파일이 바뀌면 다시 읽습니다.',
    values: '파일 경로.',
  },
  'sasl.oauthbearer.assertion.private.key.passphrase': {
    summary: 'assertion 개인 키 파일의 암호.',
    body: '개인 키 파일이 암호화되어 있을 때만 필요합니다. 값은 비밀이며 이 도구가 보여 주지 않습니다.',
    values: '문자열.',
  },
  'sasl.oauthbearer.allow.unverified.audience': {
    summary: '브로커용: JWT의 audience를 확인하지 않고 받아들입니다. 프로듀서에서는 아무 일도 하지 않습니다.',
    body:
      'OAuth 토큰을 검증하는 브로커의 설정입니다. 4.4부터 `sasl.oauthbearer.jwks.endpoint.url`을 쓰는 브로커는 이 값이 `true`가 아니면 `sasl.oauthbearer.expected.audience`를 요구합니다. ' +
      '프로듀서는 SASL 설정을 함께 쓰기 때문에 키를 받아들이지만 토큰을 검증하지 않으므로 여기서 설정해도 효과가 없습니다. 브로커에서 audience를 확인하지 않는 것은 안전하지 않습니다.',
    values: '`true` 또는 `false`(대소문자 무관). 기본값 `false`.',
    history: 'Kafka 4.4에서 추가되었습니다.',
  },
  'sasl.oauthbearer.allow.unverified.issuer': {
    summary: '브로커용: JWT의 발급자를 확인하지 않고 받아들입니다. 프로듀서에서는 아무 일도 하지 않습니다.',
    body:
      'OAuth 토큰을 검증하는 브로커의 설정입니다. 4.4부터 `sasl.oauthbearer.jwks.endpoint.url`을 쓰는 브로커는 이 값이 `true`가 아니면 `sasl.oauthbearer.expected.issuer`를 요구합니다. ' +
      '프로듀서는 SASL 설정을 함께 쓰기 때문에 키를 받아들이지만 토큰을 검증하지 않으므로 여기서 설정해도 효과가 없습니다. 브로커에서 발급자를 확인하지 않는 것은 안전하지 않습니다.',
    values: '`true` 또는 `false`(대소문자 무관). 기본값 `false`.',
    history: 'Kafka 4.4에서 추가되었습니다.',
  },
  'sasl.oauthbearer.assertion.algorithm': {
    summary: '직접 만드는 JWT assertion의 서명 알고리즘: RS256 또는 ES256.',
    body: '개인 키 종류와 맞아야 합니다(RS256은 RSA, ES256은 EC). `sasl.oauthbearer.assertion.file`이 있으면 무시됩니다.',
    values: '`RS256` 또는 `ES256`, 대소문자 무관.',
  },
  'sasl.oauthbearer.assertion.template.file': {
    summary: 'assertion에 넣을 고정 헤더와 클레임을 담은 선택 파일.',
    body: '직접 만드는 assertion에 정적인 JWT 헤더 필드와 클레임을 추가할 수 있습니다.',
    values: '파일 경로.',
  },
  'sasl.oauthbearer.assertion.claim.aud': {
    summary: '직접 만드는 assertion의 aud(audience) 클레임.',
    body: '보통 ID 공급자가 기대하는 토큰 엔드포인트나 식별자입니다. assertion 파일을 쓰면 무시됩니다.',
    values: '문자열.',
  },
  'sasl.oauthbearer.assertion.claim.iss': {
    summary: '직접 만드는 assertion의 iss(발급자) 클레임.',
    body: 'assertion을 만든 주체로 보통 client id입니다. assertion 파일을 쓰면 무시됩니다.',
    values: '문자열.',
  },
  'sasl.oauthbearer.assertion.claim.sub': {
    summary: '직접 만드는 assertion의 sub(주체) 클레임.',
    body: '토큰을 요청하는 대상 주체입니다. assertion 파일을 쓰면 무시됩니다.',
    values: '문자열.',
  },
  'sasl.oauthbearer.assertion.claim.exp.seconds': {
    summary: '직접 만드는 assertion의 수명(초).',
    body: '현재 시각에 더해 exp 클레임을 정합니다. 수명이 짧으면 assertion이 유출돼도 피해가 줄어듭니다.',
    values: '초, 0부터 86400. 기본값 300.',
  },
  'sasl.oauthbearer.assertion.claim.nbf.seconds': {
    summary: 'assertion의 not-before 시각을 얼마나 앞당길지(초).',
    body: 'ID 공급자와의 시계 차이를 견디도록 현재 시각에서 빼서 nbf 클레임을 정합니다.',
    values: '초, 0부터 3600. 기본값 60.',
  },
  'sasl.oauthbearer.assertion.claim.jti.include': {
    summary: 'assertion마다 무작위 jti(토큰 id) 클레임을 넣습니다.',
    body: '일부 ID 공급자는 assertion 재사용을 막기 위해 고유한 jti를 요구합니다.',
    values: '`true` 또는 `false`(대소문자 무관).',
  },
};
