// 모든 프로듀서 키에 대한 한국어 문서 (이 프로젝트에서 직접 작성, markdown).
import type { KeyDoc } from '../model';

export const DOCS_KO: Record<string, KeyDoc> = {
  acks: {
    summary: '리더가 프로듀서에게 응답하기 전에 레코드를 받아야 하는 복제본 수.',
    body:
      '내구성을 정하는 설정입니다. `0`은 응답을 전혀 기다리지 않아 가장 빠르지만 유실돼도 알 수 없고 재시도도 의미가 없습니다. ' +
      '`1`은 파티션 리더만 기다리므로 응답 직후 리더가 죽으면 레코드가 사라질 수 있습니다. ' +
      '`all`은 모든 ISR 복제본이 받을 때까지 기다리며, 토픽의 `min.insync.replicas` ≥ 2와 함께 써야 브로커 하나를 잃어도 데이터가 남습니다. ' +
      '멱등성은 `acks=all`이 필요합니다. `acks=0`/`1`을 명시하면 멱등성을 명시적으로 켠 경우 프로듀서가 시작하지 못하고, 기본값에 맡긴 경우(3.2+) 멱등성이 조용히 꺼집니다.',
    values: '`all`과 `-1`은 같은 뜻입니다. `all`, `-1`, `0`, `1`만 허용되며 앞뒤 공백을 뺀 뒤 대소문자를 구분합니다. `ALL`은 거부됩니다.',
    history: 'Kafka 3.0(KIP-679)에서 기본값이 1에서 all로 바뀌었습니다.',
  },
  retries: {
    summary: '전송 실패 시 레코드를 실패로 보고하기 전까지 재시도하는 횟수.',
    body:
      '리더 변경이나 브로커 큐 포화 같은 일시적 오류를 넘기기 위한 설정입니다. 재시도는 횟수보다 시간으로 제한하는 것이 일반적이므로 기본값(매우 큼)을 두고 `delivery.timeout.ms`를 조정하세요. ' +
      '`retries=0`이면 첫 오류에서 포기합니다. 멱등성을 명시적으로 켠 상태에서는 설정 오류이고, 기본값에 맡긴 경우(3.2+) 멱등성이 조용히 꺼집니다. ' +
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
    body: '3.7부터 연속 실패마다 대기 시간이 `retry.backoff.ms`에서 시작해 두 배씩 늘어나며 이 값에서 멈춥니다. 이 값이 `retry.backoff.ms`보다 작으면 고정된 `retry.backoff.ms`를 씁니다.',
    values: '밀리초, 0 이상. 기본값 1000.',
  },
  'enable.idempotence': {
    summary: '재시도로 생긴 중복 배치를 브로커가 버리게 하고 파티션별 순서를 지킵니다.',
    body:
      '프로듀서가 producer id를 받고 배치마다 번호를 붙이므로, 이미 기록된 배치가 재시도되어도 브로커가 알아보고 두 번 쓰지 않습니다. ' +
      '`acks=all`, `retries` > 0, `max.in.flight.requests.per.connection` ≤ 5가 필요합니다. ' +
      '`true`를 명시하면 충돌하는 값은 ConfigException이고, 기본값에 맡기면(3.2 이후) 충돌하는 `acks`나 `retries`가 멱등성을 조용히 끄며, 4.0부터는 max.in.flight가 5를 넘으면 실패합니다. ' +
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
  'bootstrap.servers': {
    summary: '클러스터의 나머지를 찾기 위해 처음 접속하는 브로커 목록.',
    body:
      '프로듀서는 이 `host:port` 중 하나에 접속해 메타데이터를 받은 뒤, 이후에는 실제 파티션 리더와 통신합니다. ' +
      '하나가 죽어도 시작할 수 있게 브로커 두세 개를 적으세요. 전부 적을 필요는 없습니다. ' +
      '접속 가능한 서버가 없으면 프로듀서가 시작하지 못합니다.',
    values: '쉼표로 구분한 `host:port`: `broker1:9092,broker2:9092`. 쉼표 앞뒤 공백은 허용됩니다.',
    history: 'Kafka 4.0은 이전 버전이 일부만 해석하던 잘못된 항목을 거부하고, 4.2는 이 키를 필수로 만들고 빈 목록을 거부합니다.',
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
      '예전 `DefaultPartitioner`와 `UniformStickyPartitioner`는 3.3에서 폐기 예정이 되었고 4.0에서 제거되었습니다.',
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
};
